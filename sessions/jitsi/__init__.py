"""Jitsi Meet integration: settings, tokens, the httpx client, webhook receivers."""
