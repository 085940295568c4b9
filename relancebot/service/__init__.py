"""The service: what one tick does, and the scheduler that wakes it up."""
