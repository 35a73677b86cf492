"""Headless commands for batch work (DESIGN.md §9). Each prints Chinese messages and exits 0 / 1 (failed) / 2 (usage)."""
