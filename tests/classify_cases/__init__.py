"""Small table-driven cases for the reply classifier (not the held-out corpus)."""
