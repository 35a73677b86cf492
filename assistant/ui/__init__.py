"""The PySide6 layer: thin, it displays what api/, store/ and session.py return, and runs their work in workers."""
