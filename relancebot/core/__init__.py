"""The pure core: what is due and when. No I/O here; `now` always comes as an argument."""
