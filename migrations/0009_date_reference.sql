-- The earlier date expression an event's date was counted from ("March 3"
-- for "two days later") and the date it names, so the event page can say
-- so; '' when the date was counted from the source's publication day.
ALTER TABLE events ADD COLUMN date_reference TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN date_reference_label TEXT NOT NULL DEFAULT '';
