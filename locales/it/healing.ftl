# Perché il ripristino attende

heal-refusal-disabled = Il ripristino è disattivato nella configurazione
heal-refusal-paused = Il ripristino è in pausa
heal-refusal-maintenance = Finestra di manutenzione fino al { $until }
heal-refusal-cooling-down = Pausa di raffreddamento dopo l'ultimo ripristino fino al { $until }
heal-refusal-breaker-open = Interruttore aperto dopo ripetuti ripristini non riusciti, fino al { $until }
