"""Pure domain rules: no Qt, no HTTP, no SQL, no files."""
