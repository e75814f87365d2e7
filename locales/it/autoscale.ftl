# Decisioni di scalabilità automatica e perché la scalabilità attende.

autoscale-reason-above = { $metric } vale { $value }, pari o superiore a { $threshold }
autoscale-reason-forecast = { $metric } vale { $value } e secondo la previsione raggiungerà { $threshold } tra { $seconds } s ({ $predicted } alla fine dell’orizzonte)
autoscale-reason-below = { $metric } vale { $value }, pari o inferiore a { $threshold }
autoscale-reason-below-min = { $instances ->
        [one] È in esecuzione { $instances } istanza
       *[other] Sono in esecuzione { $instances } istanze
    }, meno del minimo di { $min }
autoscale-reason-above-max = { $instances ->
        [one] È in esecuzione { $instances } istanza
       *[other] Sono in esecuzione { $instances } istanze
    }, più del massimo di { $max }
autoscale-hold-disabled = Il ripristino è disattivato nella configurazione
autoscale-hold-paused = La scalabilità è in pausa
autoscale-hold-maintenance = Finestra di manutenzione fino a { $until }
autoscale-hold-cooling-down = Attesa dopo l’ultimo ridimensionamento fino a { $until }
autoscale-hold-at-max = Già al massimo di { $max ->
        [one] { $max } istanza
       *[other] { $max } istanze
    }
autoscale-hold-at-min = Già al minimo di { $min ->
        [one] { $min } istanza
       *[other] { $min } istanze
    }
autoscale-hold-no-samples = Nessun campione recente di { $metric }
autoscale-decision-up = Aumentare da { $from } a { $to ->
        [one] { $to } istanza
       *[other] { $to } istanze
    }: { $reason }
autoscale-decision-down = Ridurre da { $from } a { $to ->
        [one] { $to } istanza
       *[other] { $to } istanze
    }: { $reason }
autoscale-decision-held = Ridimensionamento da { $from ->
        [one] { $from } istanza
       *[other] { $from } istanze
    } trattenuto: { $hold } ({ $reason })
autoscale-decision-blocked = Nessun ridimensionamento da { $from ->
        [one] { $from } istanza
       *[other] { $from } istanze
    }: { $hold }
autoscale-decision-failed = Il ridimensionamento da { $from } a { $to ->
        [one] { $to } istanza
       *[other] { $to } istanze
    } si è fermato a { $reached }: { $reason }
autoscale-dry-run = (prova: non è stato modificato nulla)
