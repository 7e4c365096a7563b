using HappyButtons.Engine.Intake.Classification;

namespace HappyButtons.Engine.Intake.Training;

/// <summary>Bank changes: genuine and fraudulent announcements of new bank details (de/en).</summary>
internal static class CorpusBankChanges
{
    public static IEnumerable<TrainingExample> Examples =>
        Lines.Select(line => TrainingExample.FromCorpusLine(line, Intent.BankChange, Department.Finance));

    private static readonly string[] Lines =
    [
        "Neue Bankverbindung | Sehr geehrte Damen und Herren, bitte beachten Sie, dass sich unsere Bankverbindung geändert hat. Neue IBAN: DE89 3704 0044 0532 0130 00. Bitte nutzen Sie ab sofort nur noch dieses Konto.",
        "Change of bank details | Dear valued partner, please be informed that our bank details have changed. Kindly update your records and use the new account for all future payments. Best regards, Accounts",
        "Änderung unserer Bankverbindung | Guten Tag, aufgrund eines Bankwechsels lautet unsere neue Kontoverbindung ab 01.05.: Sparkasse Karlsruhe, IBAN DE12 6605 0101 0000 1234 56. Die alte Verbindung wird aufgelöst.",
        "Urgent: update our account | Hello, due to an audit our current account is frozen. Please update our account to the details below and process the pending payment today. Thank you for your discretion.",
        "IBAN hat sich geändert | Hallo Frau Frohmann, unsere IBAN hat sich geändert. Bitte überweisen Sie die offenen Rechnungen auf das neue Konto, Bestätigung der Bank anbei.",
        "New bank account | Hi, we have opened a new bank account. Please send all future payments to IBAN GB29 NWBK 6016 1331 9268 19. The old account will be closed end of month.",
        "Bankverbindung aktualisieren | Sehr geehrte Damen und Herren, bitte aktualisieren Sie die Bankdaten in Ihrem Lieferantenstamm: Kontoinhaber Knopf & Faden Großhandel KG, neue IBAN DE45 2005 0550 1234 5678 90.",
        "Updated banking details for payments | Dear customer, attached is our letter with updated banking details. Please confirm once your system is updated. Do not reply to the old address.",
        "Neue Kontoverbindung wegen Fusion | Infolge der Fusion unserer Hausbanken ändert sich unsere Kontoverbindung. Die neue BIC und IBAN finden Sie im Anhang.",
        "Vertraulich: neue Bankverbindung | Guten Tag, bitte behandeln Sie diese Mail vertraulich. Unser Konto wird gerade geprüft, daher bitten wir die heutige Zahlung auf unser neues Konto in Litauen zu leisten.",
        "Bank details change request | Please change the bank account on file for Van Dijk Textiel to the following: ING Bank, IBAN NL91 INGB 0002 4458 88. Regards, Finance",
        "Änderung Bankdaten Lieferant | Sehr geehrte Kundin, sehr geehrter Kunde, bitte beachten Sie unsere geänderte Bankverbindung im Briefkopf. Zahlungen auf das alte Konto können nicht mehr gutgeschrieben werden.",
        "Please update our remittance details | Hi Martina, please update our remittance details before the next payment run. The new account details are attached. Thanks",
        "Neue IBAN für Erstattungen | Hallo, bitte überweisen Sie die Gutschrift nicht mehr auf mein altes Konto, meine neue IBAN lautet DE02 1203 0000 0000 2020 51.",
        "New IBAN for invoice payments | Dear accounts team, from 1 June our IBAN changes due to a move to a new bank. Please make sure to use the new IBAN for invoice payments after that date.",
        "Wichtig: Bankwechsel | Wichtig! Wir haben die Bank gewechselt. Offene Rechnungen bitte ausschließlich auf unser neues Konto überweisen. Die Details finden Sie in der angehängten PDF.",
        "Re: Rechnung RE-2025-1300 - bitte neues Konto verwenden | Hallo, bitte zahlen Sie die Rechnung nicht auf das Konto auf der Rechnung, sondern auf unser neues Konto. Die Rechnung wird nicht neu ausgestellt.",
        "Bank account verification | Dear supplier, we are updating our vendor master data. Please confirm your current bank details by replying with IBAN and account holder.",
        "Geänderte Bankverbindung Kessler | Sehr geehrte Damen und Herren, die Bankverbindung der Hausgeräte Kessler GmbH für Erstattungen hat sich geändert. Die neuen Daten erhalten Sie per Brief.",
        "change of account | hi, our account changed, please send the money to the new one below, thx. IBAN ES91 2100 0418 4502 0005 1332",
        "Kontoänderung | Guten Tag, bitte ändern Sie unsere Bankverbindung für Lastschriften. Neues SEPA-Mandat folgt per Post.",
        "Notice of new bank details - Nordic Seating | Please note new bank details for refunds and credit notes to Nordic Seating Systems AB: SEB, IBAN SE45 5000 0000 0583 9825 7466.",
        "Neue Bankverbindung ab sofort | Sehr geehrte Geschäftspartner, ab sofort bitten wir Sie, Zahlungen ausschließlich auf die unten genannte neue Bankverbindung zu leisten. Das alte Konto wird gekündigt.",
        "Payment redirection | Kindly redirect the outstanding payment to our alternative account as our main account is under maintenance. The CEO approved this change.",
        "Bitte Stammdaten ändern - Bank | Hallo Buchhaltung, bitte in den Kreditorenstammdaten die Bank von Strickwaren Becker ändern: Volksbank, IBAN DE77 ... (Bescheinigung folgt).",
        "Aktualisierung Bankverbindung | Liebe Kunden, im Zuge unserer Umfirmierung hat sich auch unsere Bankverbindung geändert. Bitte aktualisieren Sie Ihre Unterlagen.",
        "New account details - confidential | Dear Martina, as discussed with your CEO, please process the wire transfer to our new account. Please keep this confidential until the announcement.",
        "Kontoverbindung geändert - Rückzahlung | Sehr geehrte Damen und Herren, für die Rückzahlung der Überzahlung verwenden Sie bitte unsere neue Kontoverbindung bei der Commerzbank.",
        "Change bank details form | Please find our completed change of bank details form attached, signed by our CFO. Please confirm when the change is effective.",
        "Neues Geschäftskonto | Guten Tag, ich habe für mein Atelier ein neues Geschäftskonto eröffnet. Bitte zahlen Sie Gutschriften künftig dorthin: IBAN DE11 5205 1373 5120 7101 31.",
        "Important notice: updated bank information | Our company has updated its bank information. All invoices dated after 1 May should be paid to the new account. Thank you.",
        "Bankverbindung geändert | hallo, unsere bankverbindung hat sich geändert, neue daten im anhang. bitte ab jetzt dahin zahlen.",
        "Neue Bankverbindung Autowerk Süd | Sehr geehrte Damen und Herren, für Rückerstattungen und Bonuszahlungen gilt ab sofort unsere neue Bankverbindung bei der BayernLB. Autowerk Süd AG, Treasury",
        "Supplier bank change confirmation needed | We need to change the bank account you pay us into. Please call us back only on the number in this email to confirm the change.",
        "Zahlungen bitte auf neues Konto | Sehr geehrte Frau Frohmann, wir haben das Konto gewechselt. Bitte leisten Sie die fällige Zahlung diese Woche auf das neue Konto, da das alte geschlossen wird.",
        "Please use our new bank details on the next payment | Dear Happy Buttons finance, our bank details have changed. Please use the new IBAN on your next payment and confirm by email.",
        "Änderung Kontoinhaber | Der Kontoinhaber unserer Bankverbindung hat sich wegen Umfirmierung geändert, IBAN bleibt gleich. Bitte in den Stammdaten anpassen.",
        "Bank change - Brightwear | Hi, Brightwear Ltd has moved to a new bank. New sort code 20-00-00, account 55779911. Please update for refunds.",
        "Dringend: geänderte Bankdaten | Dringend! Unsere Bankdaten haben sich geändert, bitte die heute fällige Überweisung auf das neue Konto. Rückfragen bitte nur per E-Mail, wir sind telefonisch nicht erreichbar.",
        "Wire instructions updated | Please note our updated wire instructions for USD and EUR payments. New beneficiary bank and SWIFT attached.",
        "Neue Bankverbindung - bitte bestätigen | Bitte bestätigen Sie uns kurz, dass Sie unsere neue Bankverbindung hinterlegt haben, damit die nächste Zahlung korrekt ankommt.",
        "Neue Bankverbindung Lieferant | Sehr geehrte Damen und Herren, bitte hinterlegen Sie für künftige Gutschriften unsere neue Bankverbindung. Die alte IBAN ist nicht mehr gültig.",
        "Our bank details have changed | Dear Sir or Madam, please note that our bank details have changed with immediate effect. Please update your records and send the next payment to the new account.",
        "Änderung IBAN | Hallo, unsere IBAN hat sich geändert. Neue IBAN: DE44 5001 0517 5407 3249 31. Bitte bei der nächsten Zahlung berücksichtigen.",
        "Updated account for payments | Hello, please update our account details for payments, we are moving to a new bank next month. Details in the attached letter.",
        "Kontowechsel | Guten Tag, wir haben unser Konto gewechselt. Bitte ändern Sie die Kontoverbindung in Ihrem System, neue Daten anbei.",
        "New bank info | Hi, please use our new bank info from now on. Old account is closing. Thanks, Finance",
        "Bitte neue Bankdaten hinterlegen | Sehr geehrte Frau Frohmann, bitte hinterlegen Sie unsere neuen Bankdaten und bestätigen Sie die Änderung kurz per Mail.",
        "Neue Bankverbindung für Gutschriften | Sehr geehrte Damen und Herren, für Gutschriften an uns gilt ab sofort unsere neue Bankverbindung bei der Volksbank. Bitte aktualisieren Sie Ihre Stammdaten.",
        "Urgent: bank details updated | Please note our bank details were updated today. Any payment due this week must go to the new account. Reply only to this email address.",
        "Kontoänderung Lieferant Happy Buttons? | Guten Tag, wir haben eine Mail erhalten, dass sich Ihre Bankverbindung geändert hat. Ist das korrekt? Bitte bestätigen Sie die neue IBAN.",
        "Change of beneficiary account | Dear customer, kindly note the change of our beneficiary account. All future remittances should be made to the account in the attached letter.",
        "Bitte IBAN ändern | Hallo, bitte ändern Sie meine IBAN für Rückzahlungen, das alte Konto ist aufgelöst. Neue IBAN folgt in separater Mail.",
        "New bank, new IBAN | Hi, we switched banks, new IBAN attached. Please update your vendor records before paying our next invoice.",
    ];
}
