# La phrase qui termine chaque étape de la chronologie. Les valeurs (noms d'hôte, adresses,
# durées, messages d'erreur) sont insérées telles quelles.

## Toutes les étapes

speaks-imap = un serveur IMAP
speaks-pop3 = un serveur POP3
speaks-smtp = un serveur SMTP
speaks-http = un serveur web
speaks-ssh = un serveur SSH
speaks-tls = un service TLS (chiffré)
speaks-unknown = un service inconnu
detail-skip-earlier-failed = Non exécuté : une étape précédente a échoué.
detail-skip-needs-sign-in = Non exécuté : nécessite une connexion réussie.
detail-skip-ca-unusable = Non exécuté : le certificat d'autorité de la demande est inutilisable.
detail-skip-smtp-mailbox = Non exécuté : l'envoi (SMTP) n'a pas de boîte aux lettres à examiner (la vérification d'envoi est facultative).
detail-skip-limits-opt-in = Non exécuté : le test de la limite de connexions est facultatif.
detail-deadline = Le délai global a expiré pendant cette étape.

## Saisie

detail-input-target =
    { $security ->
        [auto] { $protocol } sur { $host }, port { $port }, avec sécurité automatique.
        [none] { $protocol } sur { $host }, port { $port }, sans chiffrement.
       *[other] { $protocol } sur { $host }, port { $port }, avec { $security }.
    }
detail-input-unusable = La saisie ne peut pas être utilisée telle quelle.

## TLS

detail-tls-ca-unusable = Le certificat d'autorité de la demande ne peut pas être utilisé : { $error }.

## DNS

detail-dns-ip = { $ip } est une adresse IP : aucune recherche n'est nécessaire.
detail-dns-ip-refused = { $ip } est refusée par la politique d'adresses, elle n'a donc pas été contactée.
detail-dns-all-refused = Toutes les adresses de { $name } sont refusées par la politique d'adresses, aucune n'a donc été contactée.
detail-dns-resolved =
    { $name } a été résolu en { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autre(s)
    } en { $ms } ms{ $refused ->
        [0] .
        [one] , mais 1 d'entre elles est refusée par la politique d'adresses.
       *[other] , mais { $refused } d'entre elles sont refusées par la politique d'adresses.
    }
detail-dns-alias =
    { $name } est un alias de { $canonical } et a été résolu en { $addresses }{ $more ->
        [0] {""}
       *[other] {" "}et { $more } autre(s)
    } en { $ms } ms{ $refused ->
        [0] .
        [one] , mais 1 d'entre elles est refusée par la politique d'adresses.
       *[other] , mais { $refused } d'entre elles sont refusées par la politique d'adresses.
    }
detail-dns-network-blamed = Le serveur DNS a répondu { $answer } pour { $name }, un serveur de messagerie bien connu : le DNS de ce réseau est probablement en cause.
detail-dns-nxdomain = { $name } n'existe pas dans le DNS.
detail-dns-servfail = Le serveur DNS a répondu { $rcode } à la demande pour { $name }.
detail-dns-unaskable = Le serveur DNS n'a pas pu être interrogé sur { $name }.
detail-dns-timeout = Le serveur DNS n'a pas répondu pour { $name } en { $limit }.
detail-dns-no-address = { $name } existe dans le DNS mais n'a pas d'adresse IPv4 ni IPv6.

## TCP

detail-tcp-failed = Impossible de se connecter à { $host } sur le port { $port }.
detail-tcp-connected = Connecté à { $address } port { $port } en { $ms } ms.

## TLS

detail-tls-valid = Chiffré avec { $version } ; le certificat est valide pour { $host }.
detail-tls-problems =
    { $count ->
        [one] Chiffré avec { $version }, mais le certificat présente { $count } problème.
       *[other] Chiffré avec { $version }, mais le certificat présente { $count } problèmes.
    }
detail-tls-starttls-refused = Le serveur n'a pas accepté STARTTLS : la connexion reste non chiffrée.
detail-tls-starttls-failed = Le serveur a accepté STARTTLS, mais le passage au chiffrement a échoué.
detail-tls-starttls-other-protocol = STARTTLS n'a pas été essayé : { $answered } a répondu là où { $expected } était attendu.
detail-tls-starttls-greeting-refused = STARTTLS n'a pas été essayé : le serveur a refusé le service dès l'accueil.
detail-tls-none = La connexion n'est pas chiffrée.

## Protocole

detail-protocol-answered = { $host } a répondu comme { $answered }{ $software } en { $ms } ms.
detail-protocol-silent-to-tls = { $host } a accepté la connexion mais n'a rien envoyé en { $ms } ms, pas même une réponse à la négociation TLS.
detail-protocol-never-greeted = { $host } n'a jamais envoyé d'accueil, bien qu'il ait répondu à { $command }.
detail-protocol-silent = { $host } a accepté la connexion mais n'a rien envoyé en { $ms } ms, pas même une réponse à { $command }.
detail-protocol-no-greeting-error = { $host } n'a envoyé aucun accueil : { $error }.
detail-protocol-closed = { $host } a accepté la connexion puis l'a fermée sans accueil.
detail-protocol-unusable = { $host } n'a envoyé aucun accueil exploitable ({ $problem }).
detail-protocol-other-protocol-because = Sur { $host }, port { $port }, c'est { $answered } qui a répondu, et non { $expected } ({ $problem }).
detail-protocol-refused = { $host } a répondu comme { $expected } mais a refusé la session dès l'accueil.
detail-protocol-other-protocol = Sur { $host }, port { $port }, c'est { $answered } qui a répondu, et non { $expected }.
detail-protocol-greeting-endless = L'accueil de { $host } ne s'est jamais terminé.
detail-protocol-no-greeting = { $host } n'a envoyé aucun accueil.

## Connexion au compte

detail-auth-no-password = La connexion n'a pas été testée : aucun mot de passe n'a été fourni.
detail-auth-refused = Le serveur a refusé la connexion de { $user } ({ $mechanism }).
detail-auth-timeout = Le serveur n'a pas répondu à la connexion en { $limit }.
detail-auth-closed = Le serveur a fermé la connexion pendant l'authentification.
detail-auth-broken = La connexion a échoué pendant l'authentification : { $error }.
detail-auth-no-oauth = Le jeton n'a pas été envoyé : le serveur ne propose pas ici de connexion OAuth2 (XOAUTH2 ou OAUTHBEARER).
detail-auth-unsendable = Le mot de passe n'a pas été envoyé : la seule méthode de connexion proposée ne peut pas le transmettre.
detail-auth-no-method = Le serveur ne propose aucune méthode de connexion par mot de passe utilisable par maildoctor.
detail-auth-plaintext-not-sent = Le mot de passe n'a pas été envoyé : le serveur refuse les mots de passe sur cette connexion non chiffrée.
detail-auth-plaintext-cannot = Aucune application de messagerie ne peut se connecter avec ces paramètres : le serveur refuse les mots de passe sur cette connexion non chiffrée.
detail-auth-no-sign-in-not-sent = Le mot de passe n'a pas été envoyé : le serveur ne propose ici aucune connexion par mot de passe utilisable par maildoctor.
detail-auth-no-sign-in-cannot = Aucune application de messagerie ne peut se connecter avec ces paramètres : le serveur ne propose ici aucune connexion par mot de passe.
detail-auth-not-sent-unencrypted = Le mot de passe n'a pas été envoyé : la connexion n'est pas chiffrée.
detail-auth-not-sent-certificate = Le mot de passe n'a pas été envoyé : le certificat n'a pas pu être vérifié.
detail-auth-signed-in = Connecté en tant que { $user } avec { $mechanism }.
detail-auth-after-refused = Connecté en tant que { $user }, mais le serveur a refusé la première commande après la connexion.
detail-auth-after-ended = Connecté en tant que { $user }, mais le serveur a ensuite mis fin à la session.
detail-auth-after-broken = Connecté en tant que { $user }, mais la connexion a échoué juste après.
detail-auth-limit-unavailable = Non connecté : le service ne peut pas appliquer sa limite par compte pour le moment, le mot de passe n'a donc pas été envoyé.
detail-auth-cooldown = Non connecté : ce compte a été vérifié trop souvent à l'instant, le mot de passe n'a donc pas été envoyé.

## Boîte aux lettres

detail-mailbox-smtp = L'envoi d'e-mails (SMTP) n'a pas de boîte aux lettres à examiner.
detail-mailbox-stat-unreadable = La réponse du serveur à STAT n'a pas pu être lue : la taille de la boîte est inconnue.
detail-mailbox-stat-failed = Le serveur n'a pas répondu à STAT ({ $error }) : la taille de la boîte est inconnue.
detail-mailbox-locked = La boîte aux lettres est verrouillée par une autre session (STAT a été refusé).
detail-mailbox-too-many = Le serveur a refusé STAT : trop de connexions pour ce compte.
detail-mailbox-stat-refused = Le serveur a refusé STAT.
detail-mailbox-stat-refused-unknown = Le serveur a refusé STAT : la taille de la boîte est inconnue.
detail-mailbox-slow = Le serveur n'a pas répondu dans le temps restant : la taille de la boîte est inconnue.

## Limites

detail-limits-refused =
    { $count ->
        [one] Le serveur a accepté { $count } session simultanée et refusé la suivante.
       *[other] Le serveur a accepté { $count } sessions simultanées et refusé la suivante.
    }
detail-limits-stopped =
    { $count ->
        [one] { $count } session simultanée a fonctionné ; le test s'est arrêté avant de trouver la limite.
       *[other] { $count } sessions simultanées ont fonctionné ; le test s'est arrêté avant de trouver la limite.
    }
detail-limits-cap =
    { $count ->
        [one] Le serveur a accepté au moins { $count } session simultanée (le test s'arrête là).
       *[other] Le serveur a accepté au moins { $count } sessions simultanées (le test s'arrête là).
    }

## Ce que parle un port

detail-wire-tls-first = Ce port utilise SSL/TLS dès le départ.
detail-wire-plain-starttls = Ce port accueille en clair et propose STARTTLS.
detail-wire-plain = Ce port accueille en clair.
detail-wire-no-greeting = Aucun accueil en clair n'est arrivé : TLS n'a donc pas été démarré.
detail-wire-web-server = Un serveur web a répondu à la négociation TLS : TLS n'a donc pas été démarré.
detail-wire-silent = Le serveur n'a rien envoyé en { $ms } ms, et une négociation TLS n'a pas non plus obtenu de réponse.
detail-wire-tls-outdated = Ce port utilise SSL/TLS dès le départ, mais uniquement avec des versions de TLS qui ne sont plus sûres.
detail-wire-tls-fails-chosen-plain = Ce port utilise SSL/TLS dès le départ (pas d'accueil en clair), et son TLS échoue.
detail-wire-tls-fails = Ce port utilise SSL/TLS dès le départ, mais sa négociation TLS échoue.
detail-wire-plain-on-tls = Le serveur a répondu en clair là où une négociation TLS était attendue.
detail-wire-handshake-failed = La négociation TLS a échoué.
detail-wire-tls-on-plain = Le serveur parle TLS immédiatement sur ce port.

## La vérification d'envoi (SMTP)

detail-send-no-sender = La vérification d'envoi a besoin de l'adresse d'expédition ; aucune n'a été fournie.
detail-send-accepted = Le serveur accepterait les e-mails de { $sender } vers { $recipient } (MAIL FROM et RCPT TO acceptés, puis annulés : rien n'a été envoyé).
detail-send-refused = Le serveur a refusé { $command } pour { $sender } → { $recipient } ; rien n'a été envoyé.
detail-send-signin-failed = La vérification d'envoi n'a pas été exécutée : la connexion a échoué.
detail-send-needs-signin = La vérification d'envoi n'a pas été exécutée : elle nécessite un nom d'utilisateur et un mot de passe (sans connexion, un refus de relayer est normal).
detail-mailbox-maildrop =
    { $messages ->
        [one] { $messages } message, { $size }.
       *[other] { $messages } messages, { $size }.
    }
detail-mailbox-list-unreadable = La liste des dossiers n'a pas pu être lue ({ $why }).
detail-mailbox-no-counts =
    { $folders ->
        [one] { $folders } dossier ; le serveur n'a donné aucun nombre de messages.
       *[other] { $folders } dossiers ; le serveur n'a donné aucun nombre de messages.
    }
detail-mailbox-some-counted =
    { $folders ->
        [one] { $folders } dossier
       *[other] { $folders } dossiers
    }, { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } dans les { $counted } comptés.
detail-mailbox-folders =
    { $folders ->
        [one] { $folders } dossier
       *[other] { $folders } dossiers
    }, { $messages ->
        [one] { $messages } message.
       *[other] { $messages } messages.
    }
detail-mailbox-largest = { $name } contient { $messages } messages.
detail-mailbox-quota-full =
    { $kind ->
        [storage] { $used } utilisés sur { $limit } de stockage : la boîte est pleine.
       *[messages] { $used } messages sur { $limit } du quota : la boîte est pleine.
    }
detail-mailbox-quota-almost-full =
    { $kind ->
        [storage] { $used } utilisés sur { $limit } de stockage ({ $percent } %, presque plein).
       *[messages] { $used } messages sur { $limit } du quota ({ $percent } %, presque plein).
    }
detail-mailbox-quota =
    { $kind ->
        [storage] { $used } utilisés sur { $limit } de stockage ({ $percent } %).
       *[messages] { $used } messages sur { $limit } du quota ({ $percent } %).
    }
detail-mailbox-quota-unlimited =
    { $kind ->
        [storage] { $used } de stockage utilisés (sans limite).
       *[messages] { $used } messages utilisés (sans limite).
    }
detail-mailbox-folder-in-use = Un dossier est utilisé par une autre session.
detail-mailbox-stopped = maildoctor s'est arrêté plus tôt ({ $why }).
