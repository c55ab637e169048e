"""CyberTipline reports, their submission to NCMEC, and UK referrals."""
