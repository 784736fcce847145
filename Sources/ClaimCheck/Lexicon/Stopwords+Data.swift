extension Stopwords {
    /// English function words and reporting verbs, space or line separated; also the French
    /// articles that French names bring into English text ("Le Monde", "La Croix").
    static let englishList = """
        a an the and or but nor so yet if then than that this these those there here which who whom
        whose what when where why how all any both each few more most other some such no not only own
        same too very can will just should would could may might must shall do does did done doing
        be been being am is are was were have has had having i me my we our ours us you your he him
        his she her hers it its they them their theirs of at by for with about against between into
        through during before after above below to from up down in out on off over under again
        further once also as because while until unless although though since ago per via among
        within without upon onto toward towards around said says say told tell tells according
        reportedly allegedly reported reports added adds le la les du des
        """

    /// French function words and reporting verbs, space or line separated (folded forms too).
    static let frenchList = """
        a au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur
        leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se
        ses son sur ta te tes toi ton tu un une vos votre vous y d l j m n s t c ete etre ai as avons
        avez ont est sont etait etaient sera seront fut soit avait avaient aura auront ayant
        plus moins tres aussi ainsi donc alors car comme lorsque quand si sans sous chez vers entre
        depuis pendant apres avant contre selon dont ou tout tous toute toutes autre autres meme
        memes cela ceci celui celle ceux celles lequel laquelle lesquels lesquelles quel quelle
        quels quelles dit dits declare affirme indique rapporte ajoute precise
        """
}
