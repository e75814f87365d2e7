# Warum die Heilung wartet

heal-refusal-disabled = Die Heilung ist in der Konfiguration abgeschaltet
heal-refusal-paused = Die Heilung ist pausiert
heal-refusal-maintenance = Wartungsfenster bis { $until }
heal-refusal-cooling-down = Abkühlphase nach der letzten Heilung bis { $until }
heal-refusal-breaker-open = Schutzschalter nach wiederholt fehlgeschlagenen Heilungen offen bis { $until }
