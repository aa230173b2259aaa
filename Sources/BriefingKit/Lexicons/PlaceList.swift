/// Regions, states, provinces and cities that are not capitals (capitals are in `CountryList`).
///
/// `Name | other names | where it lies`
enum PlaceList {
    static let text = """
        Europe
        Asia
        Africa
        North America
        South America
        Latin America
        Middle East | Mideast
        Caucasus | South Caucasus
        Central Asia
        Balkans
        Scandinavia
        Baltics
        Gulf | Persian Gulf
        Arctic
        Antarctica
        Mediterranean
        Black Sea
        Caspian Sea | Caspian
        Pacific
        Atlantic
        Nagorno-Karabakh | Karabakh, Nagorno Karabakh, Artsakh | Azerbaijan
        Crimea | | Ukraine
        Donbas | Donbass | Ukraine
        Donetsk | | Ukraine
        Luhansk | Lugansk | Ukraine
        Kharkiv | Kharkov | Ukraine
        Odesa | Odessa | Ukraine
        Mariupol | | Ukraine
        Zaporizhzhia | | Ukraine
        Kherson | | Ukraine
        Lviv | | Ukraine
        Chechnya | | Russia
        Siberia | | Russia
        St Petersburg | St. Petersburg, Saint Petersburg | Russia
        Samarkand | | Uzbekistan
        Abkhazia | | Georgia
        South Ossetia | | Georgia
        Transnistria | | Moldova
        Gaza | Gaza Strip | Palestine
        West Bank | | Palestine
        Golan Heights | | Syria
        Aleppo | | Syria
        Idlib | | Syria
        Mosul | | Iraq
        Kurdistan | | Iraq
        Kashmir | | India
        Tibet | | China
        Xinjiang | | China
        Hong Kong | | China
        Shanghai | | China
        Macau | | China
        Punjab
        Mumbai | Bombay | India
        Istanbul | | Turkey
        Dubai | | United Arab Emirates
        Tel Aviv | | Israel
        Sydney | | Australia
        Melbourne | | Australia
        Toronto | | Canada
        Montreal | | Canada
        Quebec | | Canada
        Ontario | | Canada
        British Columbia | | Canada
        Scotland | | United Kingdom
        Wales | | United Kingdom
        England | | United Kingdom
        Northern Ireland | | United Kingdom
        Manchester | | United Kingdom
        Birmingham | | United Kingdom
        Edinburgh | | United Kingdom
        Glasgow | | United Kingdom
        Liverpool | | United Kingdom
        Bavaria | | Germany
        Munich | | Germany
        Frankfurt | | Germany
        Hamburg | | Germany
        Milan | | Italy
        Naples | | Italy
        Barcelona | | Spain
        Catalonia | | Spain
        Marseille | | France
        Lyon | | France
        Geneva | | Switzerland
        Zurich | | Switzerland
        Davos | | Switzerland
        Rio de Janeiro | Rio | Brazil
        Sao Paulo | São Paulo | Brazil
        Lagos | | Nigeria
        Johannesburg | | South Africa
        Darfur | | Sudan
        Georgia | Ga. | United States
        Alabama | Ala. | United States
        Alaska | | United States
        Arizona | Ariz. | United States
        Arkansas | Ark. | United States
        California | Calif. | United States
        Colorado | Colo. | United States
        Connecticut | Conn. | United States
        Delaware | Del. | United States
        Florida | Fla. | United States
        Hawaii | | United States
        Idaho | | United States
        Illinois | Ill. | United States
        Indiana | Ind. | United States
        Iowa | | United States
        Kansas | Kan. | United States
        Kentucky | Ky. | United States
        Louisiana | La. | United States
        Maine | | United States
        Maryland | Md. | United States
        Massachusetts | Mass. | United States
        Michigan | Mich. | United States
        Minnesota | Minn. | United States
        Mississippi | | United States
        Missouri | Mo. | United States
        Montana | Mont. | United States
        Nebraska | Neb. | United States
        Nevada | Nev. | United States
        New Hampshire | N.H. | United States
        New Jersey | N.J. | United States
        New Mexico | N.M. | United States
        New York | N.Y. | United States
        North Carolina | N.C. | United States
        North Dakota | N.D. | United States
        Ohio | | United States
        Oklahoma | Okla. | United States
        Oregon | Ore. | United States
        Pennsylvania | Pa. | United States
        Rhode Island | R.I. | United States
        South Carolina | S.C. | United States
        South Dakota | S.D. | United States
        Tennessee | Tenn. | United States
        Texas | Tex. | United States
        Utah | | United States
        Vermont | Vt. | United States
        Virginia | Va. | United States
        West Virginia | W.Va. | United States
        Wisconsin | Wis. | United States
        Wyoming | Wyo. | United States
        New York City | NYC | United States
        Los Angeles | | United States
        Chicago | | United States
        Houston | | United States
        Philadelphia | | United States
        Phoenix | | United States
        San Francisco | | United States
        Seattle | | United States
        Boston | | United States
        Miami | | United States
        Atlanta | | United States
        Dallas | | United States
        Denver | | United States
        Detroit | | United States
        Baltimore | | United States
        Las Vegas | | United States
        Cleveland | | United States
        Orlando | | United States
        Silicon Valley | | United States
        Wall Street | | United States
        Capitol Hill | | United States
        Manhattan | | United States
        Brooklyn | | United States
        Des Moines | | United States
        Charlotte | | United States
        Austin | | United States
        Madison | | United States
        Alexandria | | United States
        Jacksonville | | United States
        Columbus | | United States
        Nashville | | United States
        Memphis | | United States
        Milwaukee | | United States
        Portland | | United States
        Sacramento | | United States
        San Diego | | United States
        San Antonio | | United States
        Indianapolis | | United States
        Louisville | | United States
        Charleston | | United States
        Raleigh | | United States
        Richmond | | United States
        Tampa | | United States
        Pittsburgh | | United States
        Cincinnati | | United States
        Kansas City | | United States
        St. Louis | | United States
        Minneapolis | | United States
        Omaha | | United States
        Albuquerque | | United States
        Tucson | | United States
        Salt Lake City | | United States
        Honolulu | | United States
        Anchorage | | United States
        New Orleans | | United States
        Buffalo | | United States
        Albany | | United States
        Hartford | | United States
        Providence | | United States
        Newark | | United States
        Flint | | United States
        Cedar Rapids | | United States
        Sioux City | | United States
        Concord | | United States
        Ferguson | | United States
        Tulsa | | United States
        Oakland | | United States
        San Bernardino | | United States
        Sandy Hook | | United States
        Benghazi | | United States
        Fort Worth | | United States
        El Paso | | United States
        Florence | | Italy
        Venice | | Italy
        Cologne | | Germany
        Nice | | France
        Brussels | | Belgium
        """
}
