# Pourquoi la réparation attend

heal-refusal-disabled = La réparation est désactivée dans la configuration
heal-refusal-paused = La réparation est en pause
heal-refusal-maintenance = Fenêtre de maintenance jusqu’au { $until }
heal-refusal-cooling-down = Temporisation après la dernière réparation jusqu’au { $until }
heal-refusal-breaker-open = Disjoncteur ouvert après des réparations échouées répétées, jusqu’au { $until }
