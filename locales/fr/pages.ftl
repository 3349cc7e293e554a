# Les autres pages : trouver les paramètres depuis une adresse e-mail, deux rapports côte à côte
# et les courtes pages d'erreur d'un rapport enregistré.

## Trouver vos paramètres

discover-title = Trouver les paramètres de votre serveur de messagerie
discover-lead = Saisissez votre adresse e-mail. maildoctor interroge tous les endroits où cherchent les applications de messagerie (sa table de fournisseurs, les enregistrements DNS et le fichier autoconfig de votre domaine, les noms de serveur habituels), puis teste chaque serveur en direct, sans mot de passe.
discover-error-title = Veuillez vérifier l'adresse
discover-email-label = Adresse e-mail
discover-email-hint = Par exemple jo@example.com. Seule l'adresse est utilisée ; aucun mot de passe n'est demandé.
discover-submit = Trouver mes paramètres
discover-confirmed = Paramètres trouvés et confirmés
discover-suggested = Paramètres suggérés, non confirmés
discover-nothing = Aucun paramètre trouvé
discover-for = Pour { $email } ({ $ms } ms).
discover-provider = Fournisseur : { $provider }.
discover-settings = Paramètres pour votre application de messagerie
discover-status-confirmed = confirmé
discover-status-suggested = suggéré
discover-encryption = Chiffrement
discover-found-by = Trouvé par
discover-diagnose = Diagnostiquer avec ces paramètres
discover-disagree = Les sources ne concordent pas
discover-notes = Bon à savoir
discover-advice = Que faire
discover-tried = Tous les candidats essayés
discover-nothing-tried = Aucun serveur à essayer n'a été trouvé.
discover-service = Service
discover-outcome = Résultat
discover-what-happened = Ce qui s'est passé
discover-sources = Sources interrogées
discover-source = Source
discover-asked = Demande
discover-answer = Réponse
username-local-part = la partie avant le @

## Deux rapports côte à côte

compare-title = Deux rapports côte à côte
compare-reading = Ce que signifie la différence
compare-first-fix = À corriger en premier :
compare-open = Ouvrir le rapport complet
compare-caption = Chaque étape, vue des deux endroits
compare-stage = Étape

## Un rapport enregistré qui ne peut pas être affiché

saved-not-found-title = Introuvable
saved-not-found = Ce rapport n'existe pas : il a été supprimé ou il a expiré. Relancez la vérification pour en obtenir un nouveau.
saved-check-link = Vérifier un serveur de messagerie
saved-unavailable-title = Indisponible
saved-unavailable = Les rapports enregistrés ne peuvent pas être lus pour le moment. Veuillez réessayer dans une minute.
saved-deleted-title = Supprimé
saved-deleted = Le rapport enregistré a été supprimé. Son lien ne l'ouvre plus.
