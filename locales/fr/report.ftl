# Le rapport tel qu'on le lit : la page, le texte de la ligne de commande, le résumé pour un
# ticket. Les citations du serveur, les codes, les noms d'hôte et les nombres ne sont jamais traduits.

## Le verdict et la phrase qui résume le rapport

verdict-ok = Aucun problème détecté
verdict-warning = Cela fonctionne, mais quelque chose devrait changer
verdict-error = Cela ne fonctionne pas encore
summary-ok = { $what } : aucun problème détecté.
summary-warning = { $what } fonctionne, mais : { $title }.
summary-error = { $what } ne fonctionne pas : { $title }.
summary-other = { $what } : voir les résultats.
summary-no-target = La vérification
target-auto = { $protocol } sur { $host }, port { $port }, avec sécurité automatique
target-plain = { $protocol } sur { $host }, port { $port }, sans chiffrement
target-secure = { $protocol } sur { $host }, port { $port }, avec { $security }

## Les étapes de la chronologie

stage-input = Vérification de la saisie
stage-dns = Recherche du nom du serveur
stage-tcp = Connexion au serveur
stage-tls = Sécurisation de la connexion
stage-protocol = Dialogue avec le service de messagerie
stage-auth = Connexion au compte
stage-mailbox = Examen de la boîte aux lettres
stage-limits = Test des limites de connexion
status-pass = Terminé
status-warn = Avertissement
status-fail = Échec
status-skip = Ignoré
severity-error = erreur
severity-warning = avertissement
severity-info = info

## Les sections de la page

report-provider = Fournisseur : { $provider }
report-fix-first = À corriger en premier
report-also-found = Également détecté
report-findings = Résultats
report-other-findings = Autres résultats
report-code = Code :
report-evidence = Éléments :
report-timeline = Ce qu'a fait maildoctor
report-stages = Étapes
report-total-time = Durée totale : { $ms } ms
report-server-software = Logiciel du serveur : { $software }
report-send = Envoyer à votre service d'assistance
report-copy-ticket = Copier le résumé pour un ticket
report-download-json = Télécharger le JSON
report-ticket-summary = Résumé pour un ticket (texte brut)
report-technical = Détails techniques
report-again = Vérifier d'autres paramètres
report-ticket = Ticket : { $ticket }

## Les paramètres qui devraient fonctionner

settings-title = Paramètres qui devraient fonctionner
settings-lead = Saisissez-les dans les paramètres du compte de votre application de messagerie.
settings-verified = Vérifiés à l'instant
settings-also-suggested = Également suggérés (non vérifiés)
settings-suggested = Suggérés (non vérifiés)
role-imap = Serveur de réception (IMAP)
role-pop3 = Serveur de réception (POP)
role-smtp = Serveur d'envoi (SMTP)
settings-server = Serveur
settings-requires-ssl = SSL requis
settings-port = Port
settings-requires-sign-in = Authentification requise
settings-username = Nom d'utilisateur
settings-password = Mot de passe
settings-password-yours = Votre mot de passe
settings-password-or-app = Votre mot de passe (ou un mot de passe d'application, si le fournisseur en demande un)
settings-found-from = Source
settings-note = Remarque
settings-check-sign-in = Vérifier la connexion avec ces paramètres
settings-yes-with = Oui ({ $security })
settings-yes = Oui
settings-no = Non
username-full-address = Votre adresse e-mail complète
username-unchanged = inchangé (celui que vous utilisez actuellement)
username-not-tried = inchangé (la connexion n'a pas été essayée ici)
checked-verified-in = Vérifié : réponse en { $ms } ms
checked-verified = Vérifié
checked-not-verified = Non vérifié

## Les détails techniques

cert-title = Certificat
cert-subject = Sujet
cert-names = Noms couverts
cert-none = (aucun)
cert-issuer = Émetteur
cert-valid-from = Valide à partir du
cert-valid-until = Valide jusqu'au
cert-days-left =
    { $count ->
        [one] { $count } jour restant
       *[other] { $count } jours restants
    }
cert-key = Clé
cert-connection = Connexion
cert-chain = Chaîne envoyée par le serveur
cert-issued-by = émis par
cert-until = jusqu'au
alternatives-title = Alternatives essayées
alternatives-settings = Paramètres
alternatives-result = Résultat
alternatives-time = Durée
alternatives-found-from = Source
alternatives-summary =
    { $count ->
        [one] { $count } alternative essayée en { $ms } ms (sans connexion au compte), { $verified } vérifiée(s).
       *[other] { $count } alternatives essayées en { $ms } ms (sans connexion au compte), { $verified } vérifiée(s).
    }
transcript-title =
    { $count ->
        [one] Échange avec le serveur ({ $count } ligne)
       *[other] Échange avec le serveur ({ $count } lignes)
    }
transcript-empty = Aucun échange : maildoctor n'a pas atteint le service de messagerie.
transcript-caption = Chaque ligne envoyée et reçue, avec le temps écoulé depuis le début
transcript-who = Qui
transcript-time = Temps
transcript-line = Ligne
who-client = maildoctor a envoyé
who-server = le serveur a répondu
who-note = remarque
request-title = La demande telle que saisie
request-protocol = Protocole
request-server = Serveur
request-port = Port
request-security = Sécurité
request-username = Nom d'utilisateur
request-password = Mot de passe
request-email = Adresse e-mail
request-options = Options
request-none = (aucun)
request-standard-port = (standard)
request-automatic = Automatique
request-no-security = Aucune
request-password-given = fourni (non affiché)
request-password-not-given = non fourni
option-test-limits = tester la limite de connexions
option-insecure-auth = envoyer le mot de passe sans chiffrement
option-trust-certificate = envoyer le mot de passe malgré le certificat

## Partager un rapport enregistré

share-failed = Ce rapport n'a pas pu être enregistré (le stockage des rapports est indisponible pour le moment) : il n'a donc pas de lien à partager. Il n'est affiché qu'ici.
share-title = Partager ce rapport
share-saved-for =
    { $count ->
        [one] Enregistré pendant { $count } jour à l'adresse
       *[other] Enregistré pendant { $count } jours à l'adresse
    }
share-saved-hint = copiez ce lien dans votre ticket ; toute personne qui l'a peut ouvrir le rapport (il ne contient aucun mot de passe).
share-copy = Copier le lien
compare-label = Comparer avec un autre rapport du même serveur (par exemple un rapport exécuté sur l'ordinateur de l'utilisateur)
compare-hint = Collez son lien ou son identifiant.
compare-submit = Comparer côte à côte
share-delete = Supprimer le rapport enregistré
vantage-service = Exécuté depuis le service de l'assistance
vantage-user = Exécuté sur l'ordinateur de l'utilisateur (maildoctor { $version })

## Le résumé pour un ticket et la ligne de commande

ticket-heading = Rapport maildoctor ({ $started })
ticket-checked = Vérifié : { $protocol } sur { $host } ({ $port })
ticket-standard-port = port standard
ticket-request-id = Identifiant de requête : { $id }
ticket-saved = Rapport enregistré : { $link }
cli-port = port { $port }
cli-username = nom d'utilisateur : { $username }
cli-found-from = source : { $from }

## Le script de la page en direct (static/app.js lit ces textes dans la page ; il remplit lui-même les variables)

js-copied = Copié. Collez-le dans votre ticket ou votre e-mail.
js-copy-failed = La copie n'a pas fonctionné : ouvrez « Résumé pour un ticket » et copiez le texte.
js-no-server = { $provider } n'a pas de serveur { $protocol }.
js-filled = Serveur { $protocol } de { $provider } renseigné : { $host }, port { $port }.
js-progress = Chaque étape s'affiche ici dès qu'elle est terminée.
js-next = Étape suivante en cours…
js-start-failed = La vérification n'a pas pu démarrer ({ $status }).
js-ended-early = La connexion à maildoctor s'est terminée trop tôt. Veuillez réessayer.
js-not-finished = La vérification ne s'est pas terminée. Veuillez réessayer.

## The alternatives tried after a failure
alternatives-too-many = Non essayé : plus de { $limit } alternatives.
alternatives-no-answer = Aucune réponse dans les { $ms } ms accordées aux alternatives.
alternatives-stopped = Arrêté : une autre alternative fonctionne déjà.
origin-provider = fournisseur
origin-srv = enregistrement SRV
origin-autoconfig = autoconfig
origin-same-port = même port
origin-standard-port = port standard
origin-certificate = certificat
origin-finding = constat
settings-note-port-25 = Le port 25 est un dernier recours pour l'envoi : la plupart des réseaux domestiques et mobiles le bloquent pour l'envoi de courrier. Utilisez 465 ou 587 si l'un d'eux fonctionne.
settings-note-sign-in = Connexion : { $how }.
settings-note-tried = Essayé à l'instant :
signin-password = mot de passe
signin-app-password = mot de passe d'application (ou OAuth2)
signin-oauth2-only = OAuth2 uniquement
settings-sign-in-note = maildoctor a vérifié ces paramètres sans se connecter au compte : il s'est connecté au serveur, a établi le chiffrement, a vérifié le certificat et a lu le message d'accueil. Il ne se connecte au compte qu'avec les paramètres que vous avez indiqués.
# What exactly an origin was (the JSON's sources[].detail).
origin-detail-provider = le serveur { $protocol } publié par { $provider }
origin-detail-finding = la correction qu'indique un constat
origin-detail-certificate = un nom couvert par le certificat : { $name }
origin-detail-same-port = le même port, { $port }, avec { $security }
origin-detail-standard-port = le port standard de { $protocol } avec { $security }
origin-detail-port-25 = le port 25, dernier recours pour l'envoi (généralement bloqué depuis les réseaux domestiques)
