-- ${CONFIG}/prosody/config/conf.d/event_sync.cfg.lua
-- Posts room and occupant events to the platform (jitsi-contrib/prosody-plugins
-- event_sync). Put mod_event_sync_component.lua in ${CONFIG}/prosody/prosody-plugins-custom.
-- prosody.cfg.lua includes conf.d/*.cfg.lua; that this file is picked up there is
-- inferred from docker-jitsi-meet's scripts, not verified by a run.

Component "event_sync.meet.jitsi" "event_sync_component"
    muc_component = "muc.meet.jitsi"
    breakout_component = "breakout.meet.jitsi"

    -- The platform's webhook prefix: it serves {api_prefix}/events/room/created,
    -- /events/room/destroyed, /events/occupant/joined and /events/occupant/left.
    api_prefix = "https://training.example.gov.vn/jitsi"

    -- Must equal the platform's JITSI_WEBHOOK_SECRET.
    api_headers = {
        ["Authorization"] = "Bearer change-me-to-the-webhook-secret";
    }

    -- A timed-out request is dropped and not retried; the platform answers in a few
    -- milliseconds and its reconciliation task repairs what is lost.
    api_timeout = 10
    api_retry_count = 3
    api_retry_delay = 1

    -- name, email and id (the token's context.user) are sent without this.
    include_user_info = false
    include_speaker_stats = false
