# Cadre des pages et formulaire (templates/base.html, templates/index.html, web::pages).
# Vouvoiement et vocabulaire de l'aide Gmail en français.
site-skip = Aller au contenu
site-tagline = Pourquoi mon application de messagerie ne se connecte-t-elle pas ?
site-footer = maildoctor vérifie le serveur indiqué depuis cet ordinateur. Votre mot de passe ne sert qu'à cette vérification ; il n'est jamais enregistré ni affiché.
site-language = Langue
form-title = Vérifier vos paramètres de messagerie
form-lead = Saisissez les paramètres exactement comme ils figurent dans votre application de messagerie. maildoctor se connecte au serveur étape par étape et vous indique ce qu'il faut modifier.
form-errors-title = Veuillez vérifier le formulaire
shortcuts-title = Vous utilisez un fournisseur connu ?
shortcuts-hint = Choisissez le vôtre et maildoctor renseigne ses serveurs. Vous saisissez toujours vous-même votre nom d'utilisateur et votre mot de passe.
shortcut-use = J'utilise { $provider }
discover-link = Vous ne connaissez pas votre serveur ? Trouvez-le à partir de votre adresse e-mail.
protocol-legend = Que voulez-vous vérifier ?
protocol-hint = IMAP et POP servent à recevoir les e-mails, SMTP à les envoyer. La plupart des applications utilisent aujourd'hui IMAP.
choice-imap = Recevoir – IMAP
choice-pop3 = Recevoir – POP
choice-smtp = Envoyer – SMTP
choice-auto = Automatique
choice-tls = SSL/TLS
choice-starttls = STARTTLS
choice-none = Aucune (non chiffré)
optional = (facultatif)
host-label = Serveur
host-hint = Par exemple imap.example.com : le serveur de réception ou d'envoi indiqué dans votre application.
port-label = Port
port-hint = Laissez vide pour utiliser le port habituel.
security-label = Sécurité
security-hint = Aussi appelée « Chiffrement ». « Automatique » détecte ce qu'utilise le serveur.
username-label = Nom d'utilisateur
username-hint = Souvent votre adresse e-mail complète.
password-label = Mot de passe
password-hint = Utilisé une seule fois pour cette vérification, jamais enregistré ni affiché. Laissez vide pour ne tester que la connexion.
email-label = Adresse e-mail
email-hint = Aide maildoctor à reconnaître votre fournisseur et à proposer ses paramètres.
ticket-label = Référence du ticket
ticket-hint = Pour les services d'assistance : un numéro de ticket ou de dossier, conservé avec le rapport enregistré pour le retrouver.
limits-label = Tester aussi la limite de connexions
limits-hint = Ouvre plusieurs connexions à la fois pour voir combien le serveur en accepte. Prend un peu plus de temps.
more-options = Plus d'options
oauth-label = Jeton d'accès OAuth2, à la place d'un mot de passe
oauth-hint = Pour les comptes qui se connectent via Microsoft ou Google : un jeton obtenu avec les outils de votre administrateur. Utilisé une seule fois pour cette vérification, jamais enregistré ni affiché.
send-test-label = Envoi (SMTP) : vérifier aussi que ce compte peut envoyer depuis mon adresse
send-test-hint = Après la connexion, maildoctor demande au serveur d'accepter un expéditeur et un destinataire, puis annule : aucun message n'est jamais envoyé.
send-from-label = Adresse d'expéditeur pour la vérification
send-from-hint = L'adresse « De » utilisée par votre application, si ce n'est pas votre nom d'utilisateur – par exemple un alias ou une boîte partagée.
send-to-label = Destinataire pour la vérification
send-to-hint = Laissez vide pour utiliser l'expéditeur lui-même. Rien n'est envoyé dans tous les cas.
insecure-label = Envoyer mon mot de passe même si la connexion n'est pas chiffrée
insecure-hint = Uniquement pour les serveurs de votre propre réseau. N'importe qui sur le trajet pourrait lire le mot de passe.
trust-label = Envoyer mon mot de passe même si le certificat du serveur n'est pas approuvé
trust-hint = Uniquement si votre fournisseur vous a indiqué que son certificat est auto-signé.
submit = Vérifier mes paramètres
progress-title = Vérification de vos paramètres…
progress-status = Chaque étape s'affiche ici dès qu'elle est terminée.
stop = Arrêter
field-protocol-missing = Choisissez IMAP, POP ou SMTP.
field-security-missing = Choisissez un paramètre de sécurité.
field-host-missing = Saisissez le nom du serveur, par exemple imap.example.com.

## Refusals: why a check was not run (the page or the API's "detail")
refused-title = Non vérifié
refused-back = Retour au formulaire
refused-rate =
    { $count ->
        [one] Trop de vérifications depuis votre adresse en peu de temps. Veuillez patienter { $count } seconde et réessayer.
       *[other] Trop de vérifications depuis votre adresse en peu de temps. Veuillez patienter { $count } secondes et réessayer.
    }
refused-busy =
    { $count ->
        [one] maildoctor effectue en ce moment autant de vérifications qu'il le peut. Veuillez réessayer dans { $count } seconde.
       *[other] maildoctor effectue en ce moment autant de vérifications qu'il le peut. Veuillez réessayer dans { $count } secondes.
    }
refused-port = Ce service ne vérifie que les ports de messagerie ({ $ports }). Le port { $port } n'en fait pas partie ; exécutez `maildoctor check` sur votre propre ordinateur pour tester d'autres ports.
refused-too-long = Trop long : { $field } (`{ $name }`, { $max } caractères au maximum).
refused-field-host = le nom du serveur
refused-field-username = le nom d'utilisateur
refused-field-email = l'adresse e-mail
refused-field-password = le mot de passe
refused-field-oauth-token = le jeton OAuth2
refused-field-ticket = le numéro de ticket
refused-field-lang = la langue
refused-forwarded-for = Le proxy placé devant ce service a envoyé une adresse de client illisible.
refused-token = Ce service nécessite un jeton d'accès.
refused-origin = Le formulaire a été envoyé depuis un autre site web, il n'a donc pas été exécuté.
refused-shared-down = maildoctor ne parvient pas à joindre le stockage où ses instances partagent leurs limites : il ne se connecte donc à aucun compte pour le moment (il ne pourrait pas respecter la limite par compte qui évite les blocages). Veuillez réessayer dans une minute, ou laissez le mot de passe vide pour ne vérifier que la connexion.
api-error-too-large = le corps de la requête dépasse 64 Kio
api-error-timeout = le diagnostic a pris trop de temps ; réessayez
api-error-not-found = ce point d'accès de l'API n'existe pas
api-error-method = utilisez POST pour /api/v1/diagnose
api-error-other = la requête n'a pas pu être traitée
form-unreadable = Le formulaire n'a pas pu être lu. Veuillez le remplir à nouveau.
