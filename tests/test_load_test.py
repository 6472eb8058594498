"""The load test's memory readings count the background imports' child processes too."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.load_test import MemorySampler, _children, _percentile


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")
def test_the_sampler_sees_a_child_and_its_memory():
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import time; block = bytearray(80_000_000); block[::4096] = b'x' * len(block[::4096]); time.sleep(4)",
        ]
    )
    try:
        sampler = MemorySampler(os.getpid())
        deadline = time.monotonic() + 15
        while sampler.peak_children_mb < 70 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert child.pid in _children(os.getpid())
        sampler.stop()
        assert sampler.peak_children_mb >= 70, sampler.peak_children_mb
        assert sampler.peak_total_mb > sampler.peak_children_mb
    finally:
        child.kill()
        child.wait()


def test_percentiles():
    assert _percentile([], 0.5) is None
    assert _percentile([3.0, 1.0, 2.0], 0.5) == 2.0
    assert _percentile([float(n) for n in range(1, 21)], 0.95) == 19.0
