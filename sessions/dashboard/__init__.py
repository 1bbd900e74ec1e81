"""The live attendance dashboard: state from the database, updates over Channels."""
