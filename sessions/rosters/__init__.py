"""Expected rosters: who is expected at which endpoint of a session (or remotely),
how they get there (by hand, from a file, from their agency), and who of them came."""
