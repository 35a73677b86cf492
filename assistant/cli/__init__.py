"""Headless commands for batch work (DESIGN.md §9), through services/ like the UI.

Messages go to stderr through `translate("cli", …)` (English with --lang en); stdout carries only the result. Exit
codes: 0 done, 1 failed (a file not written, a port taken, the platform refused), 2 the input is wrong (the command
line or a file it names); guard.py turns anything unexpected into one line naming the log.
"""
