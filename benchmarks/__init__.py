"""Speed and memory benchmarks of DPO Workbench (`make bench`): figures and ratios, not tests."""
