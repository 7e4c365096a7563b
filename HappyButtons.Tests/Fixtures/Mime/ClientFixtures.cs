namespace HappyButtons.Tests.Fixtures.Mime;

/// <summary>Hand-written messages in the shape real clients and systems send them.</summary>
public static class ClientFixtures
{
    public const string Outlook = """
        Received: from EUR01-HE1-obe.outbound.protection.outlook.com (mail-he1eur01on2101.outbound.protection.outlook.com [40.107.13.101])
        	by mx.happy-buttons.de (Postfix) with ESMTPS id 4Xy2
        	for <sales@happy-buttons.de>; Tue, 12 Mar 2024 09:14:31 +0100 (CET)
        Authentication-Results: mx.happy-buttons.de; spf=pass (sender SPF authorized) smtp.mailfrom=mueller-textil.de;
        	dkim=pass (2048-bit key) header.d=mueller-textil.de header.i=@mueller-textil.de;
        	dmarc=pass (p=quarantine dis=none) header.from=mueller-textil.de
        From: =?iso-8859-1?Q?M=FCller=2C_J=FCrgen?= <j.mueller@mueller-textil.de>
        To: "sales@happy-buttons.de" <sales@happy-buttons.de>
        CC: =?iso-8859-1?Q?Sch=E4fer=2C_Anna?= <a.schaefer@mueller-textil.de>
        Subject: =?iso-8859-1?Q?AW:_Bestellung_Kn=F6pfe_f=FCr_Herbstkollektion?=
        Thread-Topic: Bestellung =?iso-8859-1?Q?Kn=F6pfe_f=FCr_Herbstkollektion?=
        Thread-Index: AdpzLkV3RmUwYlNkT0mCAbHfN7c1pQ==
        Date: Tue, 12 Mar 2024 08:14:29 +0000
        Message-ID: <AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2@AM0PR07MB4467.eurprd07.prod.outlook.com>
        References: <20240311151001.4711@happy-buttons.de>
        In-Reply-To: <20240311151001.4711@happy-buttons.de>
        Accept-Language: de-DE, en-US
        Content-Language: de-DE
        X-MS-Has-Attach: yes
        Importance: high
        X-Priority: 1
        Content-Type: multipart/mixed;
        	boundary="_004_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_"
        MIME-Version: 1.0

        --_004_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_
        Content-Type: multipart/alternative;
        	boundary="_000_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_"

        --_000_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_
        Content-Type: text/plain; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable

        Hallo Frau Weber,

        anbei unsere Bestellung f=FCr 5.000 Hornkn=F6pfe, Artikel HB-2040, Farbe =
        Dunkelbraun.
        Bitte best=E4tigen Sie den Liefertermin KW 14.

        Mit freundlichen Gr=FC=DFen
        J=FCrgen M=FCller
        Einkauf | M=FCller Textil GmbH

        Von: Weber, Petra <sales@happy-buttons.de>
        Gesendet: Montag, 11. M=E4rz 2024 16:10
        An: M=FCller, J=FCrgen <j.mueller@mueller-textil.de>
        Betreff: Bestellung Kn=F6pfe f=FCr Herbstkollektion

        Sehr geehrter Herr M=FCller,
        gerne bieten wir Ihnen an ...

        --_000_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_
        Content-Type: text/html; charset="iso-8859-1"
        Content-Transfer-Encoding: quoted-printable

        <html><head><style>p {margin:0}</style></head><body><p>Hallo Frau Weber,</p><p>anbei unsere Bestellung f=FCr 5.000 Hornkn=F6pfe.</p></body></html>

        --_000_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_--

        --_004_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_
        Content-Type: application/pdf; name="=?iso-8859-1?Q?Bestellung_4711_M=FCller.pdf?="
        Content-Description: =?iso-8859-1?Q?Bestellung_4711_M=FCller.pdf?=
        Content-Disposition: attachment;
        	filename="=?iso-8859-1?Q?Bestellung_4711_M=FCller.pdf?="; size=12;
        	creation-date="Tue, 12 Mar 2024 08:13:00 GMT"
        Content-Transfer-Encoding: base64

        JVBERi0xLjQKJcOk
        w7w=

        --_004_AM0PR07MB44671A7A56D0B2E7CF1C1C5DA92B2AM0PR07MB4467eurp_--
        """;

    public const string Gmail = """
        MIME-Version: 1.0
        Date: Wed, 13 Mar 2024 10:02:11 +0100
        References: <abc123@happy-buttons.de>
        In-Reply-To: <abc123@happy-buttons.de>
        Message-ID: <CAF=+xQ3k9Lr7kU0wq@mail.gmail.com>
        Subject: Re: Angebot 2024-117
        From: Lena Fischer <lena.fischer82@gmail.com>
        To: info@happy-buttons.de
        Content-Type: multipart/alternative; boundary="000000000000f1c5d20613868c3e"

        --000000000000f1c5d20613868c3e
        Content-Type: text/plain; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        Danke, das passt so. Wann k=C3=B6nnen Sie liefern?

        Am Di., 12. M=C3=A4rz 2024 um 15:20 Uhr schrieb Happy Buttons Info <
        info@happy-buttons.de>:

        > Guten Tag Frau Fischer,
        > anbei das Angebot.
        >

        --000000000000f1c5d20613868c3e
        Content-Type: text/html; charset="UTF-8"
        Content-Transfer-Encoding: quoted-printable

        <div dir=3D"ltr">Danke, das passt so. Wann k=C3=B6nnen Sie liefern?</div><b=
        r><div class=3D"gmail_quote"><div dir=3D"ltr" class=3D"gmail_attr">Am Di., =
        12. M=C3=A4rz 2024 um 15:20=C2=A0Uhr schrieb Happy Buttons Info &lt;<a href=
        =3D"mailto:info@happy-buttons.de">info@happy-buttons.de</a>&gt;:<br></div><=
        blockquote class=3D"gmail_quote">Guten Tag Frau Fischer,<br>anbei das Angebot.</blockquote></div>

        --000000000000f1c5d20613868c3e--
        """;

    public const string AppleMail = """
        From: Tom Becker <tom@becker-design.de>
        Content-Type: multipart/alternative;
        	boundary="Apple-Mail=_5C3B1D7E-9F4A-4D7A-8C1B-2B7F0E6A1D55"
        Mime-Version: 1.0 (Mac OS X Mail 16.0 \(3774.500.171.1.1\))
        Subject: Muster erhalten
        Date: Thu, 14 Mar 2024 18:44:03 +0100
        To: support@happy-buttons.de
        Message-Id: <8E2A6F0C-1B6E-4C0B-9E5A-3D8B2F0C6A11@becker-design.de>

        --Apple-Mail=_5C3B1D7E-9F4A-4D7A-8C1B-2B7F0E6A1D55
        Content-Transfer-Encoding: 7bit
        Content-Type: text/plain;
        	charset=us-ascii;
        	format=flowed;
        	delsp=yes

        Hallo zusammen, die Muster sind heute angekommen, leider sind zwei  
        der Knoepfe gebrochen.

        Viele Gruesse
        Tom

        Sent from my iPhone

        --Apple-Mail=_5C3B1D7E-9F4A-4D7A-8C1B-2B7F0E6A1D55
        Content-Transfer-Encoding: 7bit
        Content-Type: text/html;
        	charset=us-ascii

        <html><body>Hallo zusammen</body></html>
        --Apple-Mail=_5C3B1D7E-9F4A-4D7A-8C1B-2B7F0E6A1D55--
        """;

    public const string Thunderbird = """
        Message-ID: <7b1f3c2e-5d4a-4e8b-9c6f-1a2b3c4d5e6f@example.org>
        Date: Fri, 15 Mar 2024 07:30:00 +0100
        MIME-Version: 1.0
        User-Agent: Mozilla Thunderbird
        Content-Language: de-DE
        To: finance@happy-buttons.de
        From: Buchhaltung Kraus <rechnung@kraus-kurzwaren.de>
        Subject: =?UTF-8?Q?Rechnungskopie_f=C3=BCr_RE-2024-0815?=
        Content-Type: multipart/mixed; boundary="------------0ZfL2xS1Vw8bq9Yt3Kc7"

        This is a multi-part message in MIME format.
        --------------0ZfL2xS1Vw8bq9Yt3Kc7
        Content-Type: text/plain; charset=UTF-8; format=flowed
        Content-Transfer-Encoding: 8bit

        Guten Morgen,

        bitte senden Sie uns eine Kopie der Rechnung RE-2024-0815 für unsere 
        Unterlagen.

        -- 
        Kraus Kurzwaren KG, Buchhaltung

        --------------0ZfL2xS1Vw8bq9Yt3Kc7
        Content-Type: image/png; name="=?UTF-8?B?w5xiZXJzaWNodC5wbmc=?="
        Content-Disposition: attachment;
         filename*0*=UTF-8''%C3%9C%62%65%72%73%69%63%68%74%20%64%65%72%20%52%65;
         filename*1*=%63%68%6E%75%6E%67%2E%70%6E%67
        Content-Transfer-Encoding: base64

        iVBORw0KGgo=

        --------------0ZfL2xS1Vw8bq9Yt3Kc7--
        """;

    public const string SapGenerated = """
        From: SAP-System P01 <noreply-sap@grosshandel-nord.de>
        To: sales@happy-buttons.de
        Subject: Bestellung 4500012345
        Date: 18 Mar 24 06:00 MEZ
        Message-ID: <SAP.4500012345.20240318060000@p01.grosshandel-nord.de>
        Auto-Submitted: auto-generated
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="SAPBOUNDARY"

        --SAPBOUNDARY
        Content-Type: text/plain; charset=iso-8859-1
        Content-Transfer-Encoding: 8bit

        Sehr geehrte Damen und Herren,
        anbei erhalten Sie unsere Bestellung 4500012345.
        Diese E-Mail wurde maschinell erstellt.
        --SAPBOUNDARY
        Content-Type: application/pdf
        Content-Disposition: attachment; filename=4500012345.PDF
        Content-Transfer-Encoding: base64

        JVBERi0xLjMK
        --SAPBOUNDARY--
        """;

    public const string Scanner = """
        From: scanner@happy-buttons.de
        To: finance@happy-buttons.de
        Subject: Message from "RNP002673D2C1A3"
        Date: Mon, 18 Mar 2024 11:22:33 +0100
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="RNP002673D2C1A3_boundary"

        --RNP002673D2C1A3_boundary
        Content-Type: text/plain; charset=US-ASCII
        Content-Transfer-Encoding: 7bit

        This E-mail was sent from "RNP002673D2C1A3" (MP C3004).

        Scan Date: 18.03.2024 11:22:33 (+0100)
        Queries to: scanner@happy-buttons.de
        --RNP002673D2C1A3_boundary
        Content-Type: application/pdf; name="20240318112233381.pdf"
        Content-Transfer-Encoding: base64
        Content-Disposition: attachment; filename="20240318112233381.pdf"

        JVBERi0xLjMKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK
        --RNP002673D2C1A3_boundary--
        """;
}
