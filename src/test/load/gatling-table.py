#!/usr/bin/env python3
"""Prints a Gatling run's per-request p50/p95/p99 and errors as a Markdown table, each page's p95 beside the static
CSS file's p95 from the same run and level (the ratio). Reads the report's statistics table (Gatling 3.15 writes no
stats.json). Usage: gatling-table.py target/gatling/<run>/index.html"""
import html
import re
import sys

page = open(sys.argv[1], encoding="utf-8").read()
rows = []
for m in re.finditer(r'<tr id="req_[^"]*".*?</tr>', page, re.S):
    block = m.group(0)
    name = html.unescape(re.search(r'class="ellipsed-name">([^<]*)<', block).group(1))
    cols = {int(c): v for c, v in re.findall(r'col-(\d+)">([^<]*)<', block)}
    rows.append((name, cols))

def level_and_page(name):
    m = re.match(r"(\d+) · (.*)", name)
    return (int(m.group(1)), m.group(2)) if m else (0, name)

def num(v):
    return int(float(v)) if v not in ("", "-") else 0

baseline = {level_and_page(n)[0]: num(c[9]) for n, c in rows if level_and_page(n)[1].startswith("static CSS")}
print("| users | page | requests | errors | p50 ms | p95 ms | p99 ms | p95 / static p95 |")
print("|---|---|---|---|---|---|---|---|")
for name, c in sorted(rows, key=lambda r: level_and_page(r[0])):
    level, p = level_and_page(name)
    base = baseline.get(level)
    ratio = "" if p.startswith("static CSS") or not base else f"{num(c[9]) / base:,.1f}×"
    print(f"| {level} | {p} | {num(c[2])} | {num(c[4])} | {num(c[7]):,} | {num(c[9]):,} | {num(c[10]):,} | {ratio} |")
