"""Message candidates of the seventh batch read in public web pages, one page per item (verbatim quotes).

Gathered on 2026-12-01 (session that began at 04:55 UTC) through the project's page search (stored excerpts; no
page was opened or fetched, no link in them was followed), from pages no earlier batch used (the build drops any
text that repeats an older message file or a test fixture; the test checks no page was used before). Each row is
(label, channel, brand, scenario, text, page, why): ``text`` is a contiguous verbatim quote of the page,
anonymised (phone numbers -> [TEL], e-mail addresses -> [EMAIL], a private person's name -> [NOM]); ``why`` is,
for a genuine item, the page's own sentence saying the message is authentic (stored as ``why_genuine``), and for a
scam the page's sentence saying it is a scam (short, kept in the input only).
"""

from __future__ import annotations

from typing import Final

Row = tuple[str, str, str | None, str, str, str, str]

MESSAGES: Final[tuple[Row, ...]] = (
    # --- CPF ------------------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "cpf",
        "cpf",
        "URGENT: Vous allez perdre vos droits CPF. Consultez votre budget et réclamez votre formation 100% prise en "
        "charge",
        "https://france3-regions.francetvinfo.fr/normandie/compte-personnel-de-formation-appels-sms-et-mails-"
        "frauduleux-comment-eviter-les-arnaques-2351389.html",
        "Peut-être avez-vous déjà reçu plusieurs SMS de ce genre, accompagnés d'un lien internet étrange. Surtout ne "
        "cliquez pas dessus, il pourrait bien s'agir d'une arnaque",
    ),
    # --- premium-rate number --------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "premium_rate",
        "Chère [NOM], vous avez reçu des fleurs. Pour vous les livrer, veuillez appeler le 0899XXXXXX",
        "https://quechoisir.org/actualite-sms-saint-valentin-le-bouquet-de-fleurs-n-existait-pas-n4785",
        "derrière cette belle promesse (…) se cachait une arnaque au numéro surtaxé",
    ),
    # --- carte Vitale ---------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "ameli",
        "vitale_card",
        "Assurance maladie : expiration de votre carte vitale, à mettre à jour rapidement",
        "https://epochtimes.fr/arnaque-a-carte-vitale-attention-aux-sms-imitent-lassurance-maladie-1996716.html",
        "Ne cliquez sur aucun lien se trouvant dans le message, il s'agit d'une arnaque",
    ),
    (
        "scam",
        "email",
        "ameli",
        "vitale_card",
        "Votre carte actuelle cessera bientôt de fonctionner. Pour éviter toute interruption de vos droits, il est "
        "conseillé de finaliser la démarche rapidement",
        "https://www.demotivateur.fr/vie-pratique/nouvelle-edition-de-la-carte-vitale-attention-ce-mail-de-l-"
        "assurance-maladie-est-une-arnaque-45692",
        "En réalité, ces courriels sont des arnaques puisqu'ils n'ont pas été envoyés par l'Assurance maladie",
    ),
    # --- fine ANTAI -----------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "INFO ANTAI : Votre infraction en date du 20/06/2024 est toujours en attente de règlement. Merci de "
        "régulariser la situation avant le 28/08/2024 sous peine d'une majoration de 135€",
        "https://parisparlez.com/arnaque-a-lamende-routiere-comment-reperer-ces-sms-frauduleux/",
        "Derrière le site internet se cachent des escrocs. Ces individus mal intentionnés usurpent l'identité de l'ANTAI",
    ),
    (
        "scam",
        "sms",
        "antai",
        "fine",
        "INFO ANTAI : Vous avez un retard de paiement de 35€. Consulter votre dossier d'infraction",
        "https://carte-grise-france.fr/blog/article/?p=7518",
        "Si vous avez reçu un SMS de l'ANTAI, vous êtes sûrement victime d'une escroquerie",
    ),
    # --- bank advisor ---------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "bank_advisor",
        "Pour confirmer votre paiement internet de 1456€, saisissez le code 220817. Si ce n'est pas vous, contactez "
        "immédiatement le [TEL].",
        "https://journal-info.fr/2025/04/25/attention-une-vague-de-faux-sms-piege-des-milliers-de-clients-en-france",
        "Mais le numéro indiqué est un piège : en appelant, vous tombez directement entre les griffes des arnaqueurs",
    ),
    # --- genuine bank alert ---------------------------------------------------------------------------------
    (
        "genuine",
        "sms",
        "lcl",
        "fraud_alert",
        "LCL - Alerte fraude sur votre CB. Etes-vous à l'origine du paiement ?",
        "https://www.journaldunet.com/patrimoine/finances-personnelles/1540251-cd1-sms-banque/",
        "Ce type de SMS semble suspect et pourtant il vient bien de votre banque. (…) LCL, en revanche, adopte une "
        "approche différente. Un client reçoit un message du type : (the Journal du Net asked the banks)",
    ),
    # --- job scam -------------------------------------------------------------------------------------------
    (
        "scam",
        "sms",
        None,
        "job_scam",
        "Vous pouvez réaliser l'évaluation à domicile. Les salaires journaliers varient de 300 à 1 000 euros, tous "
        "les salaires sont payés le même jour",
        "http://clubic.com/actualite-526902-mefiez-vous-des-offres-d-emploi-d-operateur-marketing-surtout-lorsqu-"
        "elles-sont-allechantes-car-les-escroqueries-se-multiplient.html",
        "Voici, en un court extrait, le type d'annonce frauduleuse que vous avez déjà peut-être pu recevoir par SMS ou "
        "sur une messagerie de type WhatsApp",
    ),
    # --- genuine data-breach notices ------------------------------------------------------------------------
    (
        "genuine",
        "email",
        "picard",
        "data_breach_notice",
        "Nous avons détecté, par l'intermédiaire de mesures techniques mises en place par Picard, un accès non "
        "autorisé à votre compte Picard par des tiers",
        "https://economiematin.fr/?p=171998",
        "« Nous avons détecté (…) », explique l'entreprise dans le mail envoyé aux clients. (the real e-mail Picard "
        "sent to 45,000 loyalty-card holders after the 12/11/2024 attack, also reported to the CNIL)",
    ),
    (
        "genuine",
        "unknown",
        "viamedis",
        "data_breach_notice",
        "Un robot pirate a été utilisé le 22 janvier 2024 afin de consulter et d'enregistrer illégalement des données "
        "de bénéficiaires de soins et de professionnels de santé.",
        "https://www.mutaero.net/actualites/information-importante-la-suite-la-cyberattaque",
        "The mutuelle's own news page (mutaero.net, 08/02/2024) informing its members of the Viamedis tiers-payant "
        "breach: published by the organisation itself",
    ),
    # --- fake police / fake alert ---------------------------------------------------------------------------
    (
        "scam",
        "email",
        "gendarmerie",
        "fake_summons",
        "Passé le délai de 72 heures, nous entamerons une procédure formelle, à savoir un mandat d'arrêt. Vos "
        "coordonnées ainsi que votre portrait photo seront transmis à tous les organismes de protection de l'enfant "
        "ainsi qu'aux Médias de masse pour une large diffusion de vos actes.",
        "https://www.monacomatin.mc/faits-divers/non-la-gendarmerie-nenvoie-pas-de-mails-aux-pedophiles-il-sagit-"
        "dune-arnaque-716011",
        "En vérité, ce mail est une arnaque (…) « Il faut que tout le monde sache que c'est frauduleux », porte-parole "
        "de la gendarmerie varoise",
    ),
    (
        "scam",
        "sms",
        None,
        "premium_rate",
        "ALERT INFO : Une vague d'attentat touche actuellement le territoire Français. Pour confirmer que vous êtes en "
        "sécurité, envoyez par SMS ATTENTAT au [TEL] (sms gratuit) ou appelez le [TEL] (appel gratuit)",
        "https://www.europe1.fr/societe/attentats-gare-aux-faux-sms-2779645",
        "le ministère écrit \"ce type de SMS ne peut émaner d'une autorité publique. Ne donnez pas suite, ne partagez "
        "pas\"",
    ),
    # --- operator unpaid bill / premium rate ----------------------------------------------------------------
    (
        "scam",
        "email",
        "free",
        "unpaid_bill",
        "Votre abonnement fera l'objet d'une suspension complète suite à un défaut de paiement de 1.99 euro. Nous vous "
        "invitons à régulariser la situation avant",
        "https://www.universfreebox.com/article/54512/free-mobile-les-abonnes-cibles-par-un-phishing-d-un-autre-temps",
        "Un abonné Free Mobile a reçu un phishing l'invitant à cliquer sur un lien pour régulariser un impayé de 1,99 "
        "euro (the sentence 'présente dans l'e-mail')",
    ),
    (
        "scam",
        "unknown",
        None,
        "premium_rate",
        "j'ai essayé de vous contacter concernant notre rendez-vous, je ne suis plus disponible mais vous pouvez me "
        "rappeler au [TEL]",
        "https://cft-nord.fr/new-s/48-les-arnaques-au-telephone",
        "Oui il s'agit bien d'une arnaque téléphonique (ou ping calls) (…) Disponible également en version SMS !",
    ),
    (
        "scam",
        "sms",
        None,
        "premium_rate",
        "Vous avez reçu un message video. Pour le Voir Cliquez sur : http://etc….",
        "https://www.mespetitsbonheurs.com/declarer-un-message-sms-arnaque-recu-sur-son-mobile-facile/"
        "?replytocom=1658",
        "J'ai encore reçu ce week-end un SMS aux allures d'arnaque qui me disait (the blogger's own SMS)",
    ),
)
