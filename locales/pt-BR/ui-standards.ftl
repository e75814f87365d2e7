# The names of the compliance standards as the reader's language writes them (the German
# DSGVO and the French and Spanish RGPD are the GDPR); the others are the same everywhere.
ui-standard-gdpr = GDPR
ui-standard-ccpa = CCPA
ui-standard-soc2 = SOC 2
ui-standard-iso27001 = ISO/IEC 27001
ui-standard-lgpd = LGPD
ui-standard-pdpa = PDPA
ui-standard-hipaa = HIPAA
