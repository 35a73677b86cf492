"""Infrastructure every layer may use: where files live, logging, settings, and the one atomic file write."""
