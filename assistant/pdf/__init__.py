"""Documents with reportlab (no Qt): A4, CJK fonts embedded as subsets, page x of y, the data hash on every page."""
