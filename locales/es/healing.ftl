# Por qué espera la recuperación

heal-refusal-disabled = La reparación está desactivada en la configuración
heal-refusal-paused = La reparación está en pausa
heal-refusal-maintenance = Ventana de mantenimiento hasta { $until }
heal-refusal-cooling-down = Enfriamiento tras la última reparación hasta { $until }
heal-refusal-breaker-open = Disyuntor abierto tras reparaciones fallidas repetidas, hasta { $until }
