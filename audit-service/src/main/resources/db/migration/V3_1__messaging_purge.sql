-- reliable-messaging's MessagingPurge runs as the runtime login: it removes published outbox rows
-- and processed-event ids past their retention (never the trail, which only the owner's
-- trail_remove_expired may shorten).
GRANT DELETE ON outbox_event, processed_event TO ${app_role};
