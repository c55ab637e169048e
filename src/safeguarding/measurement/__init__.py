"""Measurement: metrics from the store, transparency reports and the hidden-scale estimate."""
