#!/usr/bin/env python3
"""Summarise a dotnet-trace speedscope file (EventPipe sample profiler, docs/benchmarks.md "Profile").

Counts only samples whose leaf is CPU_TIME (the thread was running managed code), over all threads.

  speedscope_top.py FILE [N]            top N exclusive and inclusive frames (default 40)
  speedscope_top.py FILE callers TEXT   where the first frame containing TEXT is called from
  speedscope_top.py FILE callees TEXT   what the first frame containing TEXT spends its time in
"""
import collections
import json
import re
import sys

MARKERS = ('CPU_TIME', 'UNMANAGED_CODE_TIME', '?!?')
PLUMBING = ('AsyncMethodBuilderCore', 'AsyncTaskMethodBuilder', 'ExecutionContext', 'AsyncStateMachineBox')


def short(name):
    return re.sub(r'\(.*\)$', '', name)[:140]


def cpu_stacks(path):
    """Yields (stack of frame names, milliseconds) for every CPU_TIME interval of every thread."""
    data = json.load(open(path))
    frames = [short(f['name']) for f in data['shared']['frames']]
    for profile in data['profiles']:
        stack, last = [], None
        for event in profile['events']:
            at = event['at']
            if stack and last is not None and at > last and frames[stack[-1]] == 'CPU_TIME':
                yield [frames[i] for i in stack], at - last
            last = at
            if event['type'] == 'O':
                stack.append(event['frame'])
            else:
                stack.pop()


def top(path, n):
    inclusive, exclusive, total = collections.Counter(), collections.Counter(), 0.0
    for names, ms in cpu_stacks(path):
        total += ms
        for name in set(names):
            inclusive[name] += ms
        k = len(names) - 1
        while k > 0 and names[k] in MARKERS:
            k -= 1
        exclusive[names[k]] += ms
    print(f'CPU_TIME samples: {total:.0f} ms over all threads')
    for title, counter in (('exclusive', exclusive), ('inclusive', inclusive)):
        print(f'== {title}')
        for name, ms in counter.most_common(n):
            print(f'{100 * ms / total:5.1f}%  {name}')


def neighbours(path, text, callers, depth=4, n=15):
    paths, total = collections.Counter(), 0.0
    for names, ms in cpu_stacks(path):
        hits = [i for i, name in enumerate(names) if text in name]
        if not hits:
            continue
        i = hits[0]
        side = reversed(names[max(0, i - depth * 3):i]) if callers else names[i + 1:]
        chain = [name for name in side if not any(p in name for p in PLUMBING)][:depth]
        paths[(' <- ' if callers else ' -> ').join(chain)] += ms
        total += ms
    print(f'{text}: {total:.0f} ms')
    for chain, ms in paths.most_common(n):
        print(f'{100 * ms / total:5.1f}% {chain}')


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[2] in ('callers', 'callees'):
        neighbours(sys.argv[1], sys.argv[3], callers=sys.argv[2] == 'callers')
    else:
        top(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40)
