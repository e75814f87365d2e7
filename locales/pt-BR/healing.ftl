# Por que a recuperação espera

heal-refusal-disabled = A recuperação está desativada na configuração
heal-refusal-paused = A recuperação está pausada
heal-refusal-maintenance = Janela de manutenção até { $until }
heal-refusal-cooling-down = Resfriamento após a última recuperação até { $until }
heal-refusal-breaker-open = Disjuntor aberto após recuperações malsucedidas repetidas, até { $until }
