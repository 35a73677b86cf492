"""The platform's routes, one module per feature, each a `Resource` hanging off `PlatformClient`.

A new feature adds `resources/<feature>.py` (a `Resource` subclass built from `_get`, `_post`, `_paginate` and
`_catalogue`) and one line in `PlatformClient.__init__`. Resources use only the client's public surface.
"""
