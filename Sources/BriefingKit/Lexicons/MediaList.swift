/// News agencies, papers and broadcasters.
///
/// `Name | other names`
enum MediaList {
    static let text = """
        Reuters
        Associated Press | AP
        Agence France-Presse | AFP
        Interfax
        TASS | Tass, ITAR-TASS, Itar-Tass, Itar-TASS
        RIA Novosti | RIA
        Xinhua
        Anadolu Agency | Anadolu
        Kyodo
        Yonhap
        Bloomberg
        Dow Jones
        United Press International | UPI
        dpa | DPA, Deutsche Presse-Agentur
        ANSA
        EFE
        Press Trust of India | PTI
        BBC | BBC News
        BBC Radio Wales
        BBC Radio Scotland
        BBC Radio Ulster
        BBC Radio 4 | Radio 4
        BBC Radio 5 Live | Radio 5 Live
        BBC World Service
        BBC Wales
        BBC Scotland
        CNN
        NDTV
        Fox News | Fox
        MSNBC
        CNBC
        NBC | NBC News
        CBS | CBS News
        ABC | ABC News
        NPR
        PBS
        Al Jazeera
        Sky News
        Euronews
        Deutsche Welle | DW
        France 24
        RT | Russia Today
        The New York Times | New York Times, NYT
        The Washington Post | Washington Post
        The Wall Street Journal | Wall Street Journal, WSJ
        USA Today
        Los Angeles Times | LA Times
        The Guardian | Guardian
        The Times
        The Telegraph | Daily Telegraph
        Financial Times | FT
        The Economist
        Daily Mail
        The Independent
        The Observer | Observer
        The Scotsman | Scotsman
        The Sunday Times | Sunday Times
        The Herald | Glasgow Herald
        Daily Mirror | The Mirror
        Daily Express
        Evening Standard | London Evening Standard
        Politico
        The Daily Caller | Daily Caller
        The New Yorker | New Yorker
        PolitiFact | Politifact
        RealClearPolitics | Real Clear Politics
        Western Journalism
        The Daily Beast | Daily Beast
        Mother Jones
        National Review
        Salon
        Mic
        Univision
        Telemundo
        Axios
        The Hill
        Breitbart | Breitbart News
        HuffPost | Huffington Post
        BuzzFeed | BuzzFeed News
        Vox
        Slate
        The Atlantic
        Newsweek
        Time magazine
        Kommersant
        Izvestia
        Le Monde
        Der Spiegel | Spiegel
        TheBlaze | The Blaze
        Infowars
        Drudge Report | Drudge
        Forbes
        Vogue
        Variety
        Rolling Stone
        The Onion
        Granma
        GEO News | Geo News, Geo TV
        Dawn
        Al Arabiya
        """
}
