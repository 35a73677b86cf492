"""The sandbox platform: a real HTTP service implementing platform API v1 over SQLite, with fictional demo data."""
