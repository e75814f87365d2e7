# Entscheidungen der automatischen Skalierung und warum sie wartet.

autoscale-reason-above = { $metric } liegt bei { $value }, auf oder über { $threshold }
autoscale-reason-forecast = { $metric } liegt bei { $value } und erreicht laut Prognose { $threshold } in { $seconds } Sek. ({ $predicted } am Ende des Horizonts)
autoscale-reason-below = { $metric } liegt bei { $value }, auf oder unter { $threshold }
autoscale-reason-below-min = { $instances ->
        [one] Es läuft { $instances } Instanz
       *[other] Es laufen { $instances } Instanzen
    }, weniger als das Minimum von { $min }
autoscale-reason-above-max = { $instances ->
        [one] Es läuft { $instances } Instanz
       *[other] Es laufen { $instances } Instanzen
    }, mehr als das Maximum von { $max }
autoscale-hold-disabled = Die Heilung ist in der Konfiguration abgeschaltet
autoscale-hold-paused = Die Skalierung ist pausiert
autoscale-hold-maintenance = Wartungsfenster bis { $until }
autoscale-hold-cooling-down = Abkühlphase nach der letzten Skalierung bis { $until }
autoscale-hold-at-max = Bereits beim Maximum von { $max ->
        [one] { $max } Instanz
       *[other] { $max } Instanzen
    }
autoscale-hold-at-min = Bereits beim Minimum von { $min ->
        [one] { $min } Instanz
       *[other] { $min } Instanzen
    }
autoscale-hold-no-samples = Kein aktueller Messwert von { $metric }
autoscale-decision-up = Hochskalieren von { $from } auf { $to ->
        [one] { $to } Instanz
       *[other] { $to } Instanzen
    }: { $reason }
autoscale-decision-down = Herunterskalieren von { $from } auf { $to ->
        [one] { $to } Instanz
       *[other] { $to } Instanzen
    }: { $reason }
autoscale-decision-held = Skalierung von { $from ->
        [one] { $from } Instanz
       *[other] { $from } Instanzen
    } aus zurückgehalten: { $hold } ({ $reason })
autoscale-decision-blocked = Keine Skalierung von { $from ->
        [one] { $from } Instanz
       *[other] { $from } Instanzen
    } aus: { $hold }
autoscale-decision-failed = Skalierung von { $from } auf { $to ->
        [one] { $to } Instanz
       *[other] { $to } Instanzen
    } bei { $reached } abgebrochen: { $reason }
autoscale-dry-run = (Probelauf: nichts wurde geändert)
