"""`relancebot demo`: six simulated weeks of a small firm, in a throwaway folder."""
