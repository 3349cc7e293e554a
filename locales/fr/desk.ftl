# La liste des rapports enregistrés pour le service d'assistance.

desk-title = Service d'assistance
desk-heading = Rapports enregistrés
desk-verdict = Verdict
desk-any = tous
desk-primary = Résultat principal
desk-provider = Fournisseur
desk-server = Serveur
desk-ticket = Ticket
desk-run-from = Exécuté depuis
desk-anywhere = partout
desk-this-service = ce service
desk-user-computer = l'ordinateur de l'utilisateur
desk-show = Afficher
desk-clear = Effacer
desk-failed = Les rapports enregistrés ne peuvent pas être lus pour le moment. Veuillez réessayer dans une minute.
desk-chart =
    { $count ->
        [one] Résultats principaux par heure (dernière { $count } heure, UTC)
       *[other] Résultats principaux par heure ({ $count } dernières heures, UTC)
    }
desk-no-failures = Aucun échec pendant cette période.
desk-other-findings = autres résultats
desk-total =
    { $count ->
        [one] { $count } rapport
       *[other] { $count } rapports
    }
desk-none = Aucun rapport enregistré ne correspond.
desk-when = Quand
desk-older = Rapports plus anciens →
desk-no-store = Ce service ne conserve pas de rapports.
desk-off = La vue de l'assistance est désactivée : elle nécessite les api_tokens du service (docs/CONFIGURATION.md).
desk-error-title = Erreur
desk-not-shown = La vue de l'assistance n'a pas pu être affichée.
