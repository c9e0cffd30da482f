-- The time of day the text gives for an event's day ("15:30", or a part of
-- the day: "MO", "AF", "EV", "NI"), so the timeline can print and order
-- it; '' when it gives none.
ALTER TABLE events ADD COLUMN date_clock TEXT NOT NULL DEFAULT '';
