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
        Alabama | | United States
        Alaska | | United States
        Arizona | | United States
        Arkansas | | United States
        California | | United States
        Colorado | | United States
        Connecticut | | United States
        Delaware | | United States
        Florida | | United States
        Hawaii | | United States
        Idaho | | United States
        Illinois | | United States
        Indiana | | United States
        Iowa | | United States
        Kansas | | United States
        Kentucky | | United States
        Louisiana | | United States
        Maine | | United States
        Maryland | | United States
        Massachusetts | | United States
        Michigan | | United States
        Minnesota | | United States
        Mississippi | | United States
        Missouri | | United States
        Montana | | United States
        Nebraska | | United States
        Nevada | | United States
        New Hampshire | | United States
        New Jersey | | United States
        New Mexico | | United States
        New York | | United States
        North Carolina | | United States
        North Dakota | | United States
        Ohio | | United States
        Oklahoma | | United States
        Oregon | | United States
        Pennsylvania | | United States
        Rhode Island | | United States
        South Carolina | | United States
        South Dakota | | United States
        Tennessee | | United States
        Texas | | United States
        Utah | | United States
        Vermont | | United States
        Virginia | | United States
        West Virginia | | United States
        Wisconsin | | United States
        Wyoming | | United States
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
        """
}
