# Por qué espera la recuperación

heal-refusal-disabled = La recuperación está desactivada en la configuración
heal-refusal-paused = La recuperación está en pausa
heal-refusal-maintenance = Ventana de mantenimiento hasta { $until }
heal-refusal-cooling-down = Enfriamiento tras la última recuperación hasta { $until }
heal-refusal-breaker-open = Disyuntor abierto tras recuperaciones fallidas repetidas, hasta { $until }
