# Libellés des éléments affichés à côté d'un résultat. Les mots de protocole restent tels quels.

evidence-a-ipv4 = A (IPv4)
evidence-aaaa-ipv6 = AAAA (IPv6)
evidence-also-missing = manque aussi
evidence-asked = interrogé
evidence-belongs-to = appartient à
evidence-certificate = certificat
evidence-certificate-covers = le certificat couvre
evidence-certificate-for = certificat pour
evidence-certificates-sent = certificats envoyés
evidence-chosen = choisi
evidence-confirmed = confirmé
evidence-days-left = jours restants
evidence-days-since = jours depuis
evidence-did-you-mean = vouliez-vous dire
evidence-dns-answer = réponse DNS
evidence-during = pendant
evidence-error = erreur
evidence-expected = attendu
evidence-expired-on = expiré le
evidence-expires-on = expire le
evidence-folder = dossier
evidence-found = trouvé
evidence-greeting-took = accueil en
evidence-held-back-because = retenu car
evidence-host = hôte
evidence-host-is-for = l'hôte sert à
evidence-host-typed = hôte saisi
evidence-how-far = jusqu'où
evidence-issuer = émetteur
evidence-issuer-published-at = émetteur publié à
evidence-issuer-s-certificate = certificat de l'émetteur
evidence-its-issuer = son émetteur
evidence-largest-message-the-server-takes = plus grand message accepté par le serveur
evidence-limit = limite
evidence-logindisabled = LOGINDISABLED
evidence-mail-server = serveur de messagerie
evidence-messages = messages
evidence-missing-certificate-s-issuer = émetteur du certificat manquant
evidence-missing-issuer = émetteur manquant
evidence-name = nom
evidence-needed-for-a-token = requis pour un jeton
evidence-next-session = session suivante
evidence-no-answer-within = pas de réponse en
evidence-not-confirmed = non confirmé
evidence-password = mot de passe
evidence-port = port
evidence-port-expects = le port attend
evidence-port-is-for = le port sert à
evidence-probe = sonde
evidence-problem = problème
evidence-provider = fournisseur
evidence-published-at = publié à
evidence-quota-root = racine du quota
evidence-recipient = destinataire
evidence-response = réponse
evidence-security = sécurité
evidence-sender = expéditeur
evidence-server = serveur
evidence-server-limit = limite du serveur
evidence-server-said = le serveur a répondu
evidence-server-said-decoded = le serveur a répondu (décodé)
evidence-server-sent = le serveur a envoyé
evidence-service = service
evidence-sessions-allowed = sessions autorisées
evidence-sign-in-methods-offered = méthodes de connexion proposées
evidence-slower-than = plus lent que
evidence-stage = étape
evidence-starttls = STARTTLS
evidence-submission-ports = ports d'envoi
evidence-suggested-host = hôte suggéré
evidence-testing = test
evidence-the-test-stopped = le test s'est arrêté
evidence-tls-clienthello = TLS ClientHello
evidence-tls-clienthello-on-a-second-connection = TLS ClientHello sur une deuxième connexion
evidence-try-again-in = réessayer dans
evidence-typed = saisi
evidence-typed-name-resolves-to = le nom saisi pointe vers
evidence-used = utilisé
evidence-usual-port = port habituel
evidence-usual-ssl-tls-port = port SSL/TLS habituel
evidence-valid-from = valide à partir du
evidence-verifier-said = le vérificateur a répondu
evidence-waited = attente
evidence-why = pourquoi
evidence-worked = a fonctionné

## Evidence values that are maildoctor's own words
value-either = { $first } ou { $second }
value-password-unsendable = contient un saut de ligne ou un caractère NUL, que POP3 USER/PASS ne peut pas transmettre
value-login-disabled = le serveur refuse la commande LOGIN sur cette connexion
value-starttls-offered = proposé : la connexion au compte devient possible une fois la connexion chiffrée
value-submission-ports = 587 avec STARTTLS, ou 465 avec SSL/TLS
value-not-sent-unencrypted = la connexion n'est pas chiffrée : le mot de passe traverserait le réseau en clair
value-not-sent-certificate = le certificat du serveur n'a pas passé la vérification : quelqu'un pourrait intercepter la connexion
value-mailbox-read-late = la boîte aux lettres n'a pas pu être lue avant la limite de temps
value-mailbox-list-late = les dossiers de la boîte aux lettres n'ont pas pu être listés avant la limite de temps
value-expected-tls = une négociation TLS
value-expected-greeting = un message d'accueil en clair
value-no-tls-answer = le serveur n'a pas répondu en TLS
value-first-bytes-tls = les premiers octets du serveur sont un enregistrement TLS
value-tls-answered-hello = le serveur a répondu à un ClientHello TLS sur une nouvelle connexion
value-tls-fresh-handshake = une négociation TLS sur une nouvelle connexion a réussi ({ $version })
value-tls-failed-after-certificate = le serveur a envoyé son ServerHello et son certificat, puis a échoué
value-tls-failed-after-hello = le serveur a envoyé son ServerHello (TLS avait commencé), puis a échoué
value-tls-no-server-hello = le serveur a répondu en TLS, mais sans ServerHello
value-no-answer = aucune réponse
value-no-answer-within = aucune réponse en { $ms } ms
value-probe-no-answer = { $command } (aucune réponse)
value-no-complete-line = aucune ligne complète
value-greeting-cut = le serveur a fermé la connexion au milieu de son message d'accueil
value-greeting-unfinished = le message d'accueil n'était pas terminé après { $ms } ms
value-greeting-endless =
    { $count ->
        [one] le message d'accueil a dépassé { $count } ligne
       *[other] le message d'accueil a dépassé { $count } lignes
    }
value-closed-without-greeting = a fermé la connexion sans message d'accueil
value-server-answered = le serveur a répondu { $answer }
value-port-range = un nombre de 1 à 65535
value-stop-bye = le serveur a mis fin à la session : { $line }
value-stop-flood =
    { $count ->
        [one] la réponse a dépassé { $count } ligne
       *[other] la réponse a dépassé { $count } lignes
    }
value-stop-literal =
    { $count ->
        [one] le serveur a annoncé un littéral de { $count } octet
       *[other] le serveur a annoncé un littéral de { $count } octets
    }
value-stop-budget = le temps accordé à cette étape était écoulé
value-aia-unreadable-leaf = le certificat dont l'émetteur manque n'a pas pu être lu
value-aia-unreadable = le certificat à l'adresse { $url } n'a pas pu être lu
value-aia-untrusted-root = son émetteur { $root } est une racine qui n'est pas approuvée ici
value-aia-too-deep = aucune racine approuvée parmi { $count } certificats téléchargés
value-aia-confirmed = avec le certificat téléchargé à cette adresse, la chaîne atteint la racine approuvée { $root }
value-aia-fetched = { $subject } (depuis { $url })
value-aia-no-trusted-root = la chaîne n'atteint pas de racine approuvée : { $why }
value-at-least = au moins { $count }
value-at-least-cap = au moins { $count } (le test s'arrête à { $cap })
value-other-reason = pour une autre raison
value-refused = refusée
value-address-loopback = une adresse de bouclage (cette machine elle-même)
value-address-private = une adresse de réseau privé
value-address-link-local = une adresse lien-local
value-address-cgnat = une adresse de NAT d'opérateur (CGNAT)
value-address-multicast = une adresse multicast
value-address-unspecified = une adresse non spécifiée
value-address-metadata = une adresse de métadonnées cloud
value-address-reserved = une adresse réservée ou de documentation
value-attempt-connected = connecté
value-attempt-refused = refusée
value-attempt-timeout = délai dépassé
value-attempt-unreachable = injoignable
value-attempt-failed = échec
# Why a sign-in answer is ambiguous (the classifier's rules, docs/CLASSIFIER.md).
value-ambiguous-either = le serveur dit : mot de passe incorrect, ou ce protocole est désactivé pour le compte
value-ambiguous-exchange-throttled = Exchange envoie ceci quand il limite le compte, souvent pour trop de sessions
value-ambiguous-yahoo-auth005 = Yahoo envoie ceci après des échecs de connexion et aussi quand un mot de passe d'application est nécessaire
value-ambiguous-microsoft-not-connected = Microsoft envoie ceci pour un jeton d'une autre boîte aux lettres et pour une boîte aux lettres sans IMAP/POP
value-ambiguous-after-connection-limit = après un refus pour limite de connexions, toute connexion au compte est refusée, même avec le bon mot de passe
value-ambiguous-gmail = Gmail refuse ainsi le mot de passe du compte quand un mot de passe d'application est nécessaire
value-ambiguous-microsoft = Microsoft répond de la même façon à un mot de passe incorrect et à une connexion par mot de passe désactivée
value-ambiguous-gmx = GMX répond de la même façon à un mot de passe incorrect, à un mot de passe d'application manquant et à POP3/IMAP désactivé
value-ambiguous-app-password = ce fournisseur répond de la même façon à un mot de passe incorrect et à un mot de passe d'application manquant
