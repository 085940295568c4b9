"""CSV imports from accounting exports: all-or-nothing, every bad row named with its line."""
