#!/usr/bin/env python3
"""Sums a JFR recording of ExportProfile by where the export's time goes (issue 16, src/bench/README.md).

usage: src/bench/scripts/jfr_buckets.py FILE.jfr
For Java samples (every 10 ms) and native samples (every 20 ms) under ExportFile.write: how many stacks hold
each of the methods below (a stack may hold several), then the methods most often on top.
"""
import collections
import re
import subprocess
import sys

METHODS = ['ExportXlsx.cell', 'Worksheet.value', 'StringCache.cacheString', 'DataColumn.value',
           'EventColumn.text', 'ExportXlsx.dateFormat', 'Worksheet.flush', 'Cell.write', 'Workbook.finish',
           'Deflater.deflate', 'ExportCsv.write']

for event in ['jdk.ExecutionSample', 'jdk.NativeMethodSample']:
    text = subprocess.run(['jfr', 'print', '--events', event, '--stack-depth', '30', sys.argv[1]],
                          capture_output=True, text=True, check=True).stdout
    holding, top, total = collections.Counter(), collections.Counter(), 0
    for sample in text.split(event + ' {'):
        frames = re.findall(r'^\s+([\w.$<>]+)\([^)]*\)\s+line', sample, re.M)
        names = ['.'.join(f.split('.')[-2:]) for f in frames]
        if 'ExportFile.write' not in names:
            continue
        total += 1
        top[names[0]] += 1
        for m in METHODS:
            if m in names:
                holding[m] += 1
    print(f'{event}: {total} samples in ExportFile.write')
    for m, n in holding.most_common():
        print(f'  {n:6d}  {m}')
    print('  on top:')
    for m, n in top.most_common(10):
        print(f'  {n:6d}  {m}')
