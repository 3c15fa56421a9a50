//! Timestamps: parsing the date formats sources use into seconds since the epoch (UTC), and
//! formatting them for people ("Sep 6, 2020"). No clock here: callers pass "now".
