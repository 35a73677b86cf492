"""The thin platform client: one `PlatformClient`, resources hanging off it, one exception per failure kind."""
